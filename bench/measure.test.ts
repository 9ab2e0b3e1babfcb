import { cookieHeader, promGauge } from './http';
import { formatTable, percentile, summarise, timeAlternating } from './measure';

describe('bench helpers', () => {
  it('takes nearest-rank percentiles of sorted samples', () => {
    const sorted = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(sorted, 50)).toBe(50);
    expect(percentile(sorted, 95)).toBe(95);
    expect(percentile(sorted, 99)).toBe(99);
    expect(percentile(sorted, 100)).toBe(100);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
  });

  it('summarises unsorted samples without reordering the input', () => {
    const samples = [30, 10, 20, 40];
    expect(summarise(samples)).toEqual({ samples: 4, p50Ms: 20, p95Ms: 40, p99Ms: 40, maxMs: 40 });
    expect(samples).toEqual([30, 10, 20, 40]);
  });

  it('formats a table with padded columns', () => {
    expect(
      formatTable([
        { a: 1, bb: 'x' },
        { a: 100, bb: 'yy' },
      ]),
    ).toBe(['| a   | bb |', '| --- | -- |', '| 1   | x  |', '| 100 | yy |'].join('\n'));
  });

  it('turns Set-Cookie headers into a Cookie header', () => {
    expect(cookieHeader(['sid=abc; Path=/; HttpOnly; SameSite=Lax', 'csrf=x1; Path=/'])).toBe('sid=abc; csrf=x1');
  });

  it('reads an unlabelled gauge from Prometheus text, not a longer-named one', () => {
    const text = '# HELP x\nnodejs_eventloop_lag_max_seconds_total 9\nnodejs_eventloop_lag_max_seconds 0.042\n';
    expect(promGauge(text, 'nodejs_eventloop_lag_max_seconds')).toBe(0.042);
    expect(promGauge(text, 'missing')).toBeNaN();
  });

  it('times two pieces of work in turns, each counted on its own side, warm-up turns untimed', async () => {
    const calls: string[] = [];
    const [a, b] = await timeAlternating(
      4,
      1,
      async () => calls.push('a'),
      async () => calls.push('b'),
    );
    expect(calls).toEqual(['a', 'b', 'a', 'b', 'b', 'a', 'a', 'b', 'b', 'a']);
    expect(a.samples).toBe(4);
    expect(b.samples).toBe(4);
  });
});
