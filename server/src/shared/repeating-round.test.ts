import { RepeatingRound } from './repeating-round';

/** Lets the promise callbacks queued so far run (rounds end in microtasks). */
const flush = () => new Promise<void>((resolve) => jest.requireActual<typeof import('timers')>('timers').setImmediate(resolve));

describe('RepeatingRound', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('starts the next round the chosen delay after one ends, and a failed round again after the retry delay', async () => {
    const outcomes: (number | Error)[] = [1, new Error('database down'), 2];
    const errors: unknown[] = [];
    let rounds = 0;
    const loop = new RepeatingRound({
      round: async () => {
        const outcome = outcomes[rounds++];
        if (outcome instanceof Error) throw outcome;
        return outcome;
      },
      nextDelayMs: (n: number) => n * 1000,
      retryMs: 5000,
      onError: (error) => errors.push(error),
    });
    loop.start();
    await jest.advanceTimersByTimeAsync(0);
    expect(rounds).toBe(1);
    await jest.advanceTimersByTimeAsync(999);
    expect(rounds).toBe(1);
    await jest.advanceTimersByTimeAsync(1);
    expect(rounds).toBe(2);
    expect(errors).toEqual([new Error('database down')]);
    await jest.advanceTimersByTimeAsync(4999);
    expect(rounds).toBe(2);
    await jest.advanceTimersByTimeAsync(1);
    expect(rounds).toBe(3);
    await loop.stop();
  });

  it('stop() waits for the round in progress and no round follows it', async () => {
    let finish: () => void = () => undefined;
    let rounds = 0;
    const loop = new RepeatingRound({
      round: () => {
        rounds += 1;
        return new Promise<void>((resolve) => (finish = resolve));
      },
      nextDelayMs: () => 0,
      retryMs: 0,
      onError: () => undefined,
    });
    loop.start();
    await jest.advanceTimersByTimeAsync(0);
    expect(rounds).toBe(1);
    let stopped = false;
    const stopping = loop.stop().then(() => (stopped = true));
    await flush();
    expect(stopped).toBe(false);
    finish();
    await stopping;
    await jest.advanceTimersByTimeAsync(1000);
    expect(rounds).toBe(1);
  });
});
