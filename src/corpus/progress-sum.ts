import type { Progress } from '../pipeline/run.js';

/** Counts that add up over the runs of a corpus (each run of checkBatch starts its own from zero). */
const ADDED = ['submissionsDone', 'filesDone', 'pages', 'cachedFiles', 'ocrPages', 'ocrBusyMs'] as const;

/** The progress of several checkBatch runs in a row as one: counts summed, the total and the clock of the whole. */
export class ProgressSum {
  private base: Record<(typeof ADDED)[number], number> = { submissionsDone: 0, filesDone: 0, pages: 0, cachedFiles: 0, ocrPages: 0, ocrBusyMs: 0 };
  private last: Progress | null = null;
  private readonly started = Date.now();

  constructor(
    private readonly total: number,
    private readonly report?: (p: Progress) => void,
  ) {}

  /** The progress of the current run, as the whole's. */
  readonly update = (p: Progress): void => {
    this.last = p;
    const whole: Progress = { ...p, submissionsTotal: this.total, elapsedMs: Date.now() - this.started };
    for (const k of ADDED) whole[k] = this.base[k] + p[k];
    this.report?.(whole);
  };

  /** Ends the current run: its counts become part of the base of the next. */
  endRun(): void {
    if (this.last) for (const k of ADDED) this.base[k] += this.last[k];
    this.last = null;
  }
}
