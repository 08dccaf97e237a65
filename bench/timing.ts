import { readFileSync } from 'node:fs';

/** Wall time of a measured series: one warm-up run, then `runs` timed runs. */
export interface Series<T> {
  warmupMs: number;
  runsMs: number[];
  medianMs: number;
  /** Result of the last timed run. */
  last: T;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = process.hrtime.bigint();
  const value = await fn();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, value };
}

/** Runs `fn` once to warm up, then `runs` times, timing each with `process.hrtime.bigint()`. */
export async function measure<T>(fn: () => Promise<T>, runs = 3): Promise<Series<T>> {
  const warmup = await timed(fn);
  const runsMs: number[] = [];
  let last = warmup.value;
  for (let i = 0; i < runs; i++) {
    const r = await timed(fn);
    runsMs.push(r.ms);
    last = r.value;
  }
  return { warmupMs: warmup.ms, runsMs, medianMs: median(runsMs), last };
}

/** Samples this process's RSS every `intervalMs` and keeps the max (the event loop may delay samples while it is busy). */
export class RssSampler {
  private peak = 0;
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly intervalMs = 20) {}

  start(): void {
    this.sample();
    this.timer = setInterval(() => this.sample(), this.intervalMs);
    this.timer.unref();
  }

  /** Stops sampling and returns the peak RSS in bytes. */
  stop(): number {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.sample();
    return this.peak;
  }

  private sample(): void {
    this.peak = Math.max(this.peak, process.memoryUsage.rss());
  }
}

export const MB = 1024 * 1024;

/**
 * This process's peak resident memory in bytes: VmHWM of /proc/self/status where there is one.
 * (getrusage's maxRSS of a spawned process also counts the parent's memory at the fork, which Linux
 * carries over the exec; VmHWM belongs to the process's own memory map.) Elsewhere, maxRSS.
 */
export function ownPeakRss(): number {
  try {
    const kb = /^VmHWM:\s+(\d+) kB$/mu.exec(readFileSync('/proc/self/status', 'utf8'))?.[1];
    if (kb) return Number(kb) * 1024;
  } catch {
    // no /proc
  }
  return process.resourceUsage().maxRSS * 1024;
}

