import { createSlots } from './password-hash';

describe('createSlots (how many password hashes run at once)', () => {
  it('runs at most the given number of tasks at a time, the rest in arrival order', async () => {
    const inSlot = createSlots(2);
    let running = 0;
    let most = 0;
    const order: number[] = [];
    const releases: (() => void)[] = [];
    const tasks = [0, 1, 2, 3, 4].map((n) =>
      inSlot(async () => {
        running += 1;
        most = Math.max(most, running);
        order.push(n);
        await new Promise<void>((resolve) => releases.push(resolve));
        running -= 1;
        return n * 10;
      }),
    );
    const tick = () => new Promise((resolve) => setImmediate(resolve));
    await tick();
    expect(order).toEqual([0, 1]);
    while (releases.length) {
      releases.shift()!();
      await tick();
    }
    expect(await Promise.all(tasks)).toEqual([0, 10, 20, 30, 40]);
    expect(order).toEqual([0, 1, 2, 3, 4]);
    expect(most).toBe(2);
  });

  it('frees the slot when a task fails', async () => {
    const inSlot = createSlots(1);
    await expect(inSlot(async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(inSlot(async () => 'next')).resolves.toBe('next');
  });
});
