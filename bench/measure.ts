import { monitorEventLoopDelay } from 'node:perf_hooks';

export interface LatencySummary {
  samples: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
}

export const round = (n: number): number => Math.round(n * 100) / 100;

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index];
}

export function summarise(samplesMs: number[]): LatencySummary {
  const sorted = [...samplesMs].sort((a, b) => a - b);

  return {
    samples: sorted.length,
    p50Ms: round(percentile(sorted, 50)),
    p95Ms: round(percentile(sorted, 95)),
    p99Ms: round(percentile(sorted, 99)),
    maxMs: round(sorted[sorted.length - 1] ?? Number.NaN),
  };
}

/** Runs `work` `runs` times after `warmup` untimed runs; returns the latency distribution. */
export async function timeRuns(runs: number, warmup: number, work: () => Promise<unknown>): Promise<LatencySummary> {
  for (let i = 0; i < warmup; i += 1) await work();
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = process.hrtime.bigint();
    await work();
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return summarise(samples);
}

/**
 * Times two pieces of work in turns (a, b, a, b …) after `warmup` untimed turns: a path and its
 * limit then see the same moments of the machine. Timed one after the other, 30 runs each, the
 * facilities page's limit alone ranged 10.6–18 ms between two runs minutes apart on the 2-core
 * machine, and the ratio with it.
 */
export async function timeAlternating(
  runs: number,
  warmup: number,
  first: () => Promise<unknown>,
  second: () => Promise<unknown>,
): Promise<[LatencySummary, LatencySummary]> {
  for (let i = 0; i < warmup; i += 1) {
    await first();
    await second();
  }
  const samples: [number[], number[]] = [[], []];
  for (let i = 0; i < runs; i += 1) {
    // Each turn starts with the other one on odd rounds, so neither always runs right after the other's garbage.
    const order = i % 2 === 0 ? ([0, 1] as const) : ([1, 0] as const);
    for (const which of order) {
      const started = process.hrtime.bigint();
      await (which === 0 ? first() : second());
      samples[which].push(Number(process.hrtime.bigint() - started) / 1e6);
    }
  }
  return [summarise(samples[0]), summarise(samples[1])];
}

/** Watches this process's event loop while `work` runs: the longest stall, in ms. */
export async function withEventLoopWatch<T>(work: () => Promise<T>): Promise<{ result: T; maxStallMs: number }> {
  const histogram = monitorEventLoopDelay({ resolution: 5 });
  histogram.enable();
  try {
    const result = await work();
    return { result, maxStallMs: Math.round((histogram.max / 1e6) * 100) / 100 };
  } finally {
    histogram.disable();
  }
}

export function formatTable(rows: Record<string, string | number>[]): string {
  if (!rows.length) return '';
  const columns = Object.keys(rows[0]);
  const widths = columns.map((c) => Math.max(c.length, ...rows.map((r) => String(r[c] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`;
  return [line(columns), line(widths.map((w) => '-'.repeat(w))), ...rows.map((r) => line(columns.map((c) => String(r[c] ?? ''))))].join(
    '\n',
  );
}
