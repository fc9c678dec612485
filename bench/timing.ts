// Timing helpers: warm-up, then the median of many samples.
import { performance } from 'node:perf_hooks';

export interface Timing {
  /** Median time of one call, in milliseconds. */
  median: number;
  min: number;
  p90: number;
  /** Samples taken (each sample may time a batch of calls). */
  samples: number;
  /** Calls per sample. */
  batch: number;
  /**
   * Median CPU time of the process per call (user + system, all threads), in
   * milliseconds, when measured: unlike wall time it does not count the time
   * the process waits for a core, so it stays put on a busy machine.
   */
  cpuMedian?: number;
}

export function median(xs: number[]): number {
  return quantile(xs, 0.5);
}

export function quantile(xs: number[], q: number): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return s[lo] + (s[hi] - s[lo]) * (pos - lo);
}

export function summarize(times: number[], batch = 1): Timing {
  return { median: median(times), min: Math.min(...times), p90: quantile(times, 0.9), samples: times.length, batch };
}

/** Keeps results alive so that the engine cannot drop the measured work. */
export let sink: unknown;

/**
 * Times a synchronous function: warm-up for `warmupMs`, then `samples`
 * samples, each a batch of calls long enough (≥ 2 ms) to rise above the
 * timer's resolution. Reports the time of one call. Garbage collection is
 * left to run as it does in a host re-checking continuously: forcing a full
 * collection before each sample was tried and made the next call 3–5× slower
 * (V8 shrinks the heap and the call pays for growing it again).
 */
export function timeSync(fn: () => unknown, opts: { samples?: number; warmupMs?: number; minSampleMs?: number } = {}): Timing {
  const samples = opts.samples ?? 31;
  const warmupEnd = performance.now() + (opts.warmupMs ?? 300);
  let calls = 0;
  const t0 = performance.now();
  do {
    sink = fn();
    calls++;
  } while (performance.now() < warmupEnd);
  const perCall = (performance.now() - t0) / calls;
  const batch = Math.max(1, Math.ceil((opts.minSampleMs ?? 2) / Math.max(perCall, 1e-6)));
  const times: number[] = [];
  const cpu: number[] = [];
  for (let s = 0; s < samples; s++) {
    const c = process.cpuUsage();
    const a = performance.now();
    for (let i = 0; i < batch; i++) sink = fn();
    times.push((performance.now() - a) / batch);
    const d = process.cpuUsage(c);
    cpu.push((d.user + d.system) / 1000 / batch);
  }
  return { ...summarize(times, batch), cpuMedian: median(cpu) };
}

/** Times an asynchronous operation one call per sample, after `warmup` calls. */
export async function timeAsync(fn: (i: number) => Promise<unknown>, opts: { samples: number; warmup: number }): Promise<Timing> {
  for (let i = 0; i < opts.warmup; i++) await fn(i);
  const times: number[] = [];
  for (let s = 0; s < opts.samples; s++) {
    const a = performance.now();
    await fn(opts.warmup + s);
    times.push(performance.now() - a);
  }
  return summarize(times);
}
