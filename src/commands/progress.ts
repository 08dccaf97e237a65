import stringWidth from 'string-width';
import type { Progress } from '../pipeline/run.js';
import type { CliText } from './i18n.js';

/** The stream progress is drawn on: process.stderr, or a stand-in in tests. */
export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(text: string): boolean;
}

/** How often the line is redrawn, so that its clock moves while a long file is read (ms). */
export const PROGRESS_TICK_MS = 250;

const CLEAR_LINE = '\r\x1b[K';

/** Cuts `text` to at most `width` terminal columns (CJK characters are two), ending in `…` when cut. */
export function fitToWidth(text: string, width: number): string {
  if (stringWidth(text) <= width) return text;
  if (width <= 0) return '';
  let out = '';
  for (const ch of text) {
    if (stringWidth(out + ch) > width - 1) break;
    out += ch;
  }
  return `${out}…`;
}

/**
 * The progress line: submissions, files, pages, OCR, elapsed time and rate, joined by two spaces.
 * When the line is wider than `width` columns, the least useful parts are left out (rate, then
 * pages, then OCR), then what is left is cut.
 */
export function progressLine(p: Progress, elapsedMs: number, text: CliText, width: number): string {
  const t = text.progress;
  const seconds = elapsedMs / 1000;
  const rate = seconds > 0 ? (p.filesDone / seconds).toFixed(1) : '—';
  const ocrTotal = p.ocrPages + p.ocrPending;
  const ocrRate = p.ocrBusyMs > 0 ? ((p.ocrPages * 1000) / p.ocrBusyMs).toFixed(2) : '—';
  // [text, priority]: a higher priority is kept longer.
  const parts: [string, number][] = [
    [`${t.submissions} ${p.submissionsDone}/${p.submissionsTotal}`, 6],
    [t.files(p.filesDone, p.cachedFiles), 4],
    [t.pages(p.pages), 2],
    ...(ocrTotal > 0 ? [[t.ocr(p.ocrPages, ocrTotal, ocrRate), 3] as [string, number]] : []),
    [t.elapsed(seconds.toFixed(1)), 5],
    [t.rate(rate), 1],
  ];
  let kept = parts;
  const join = (list: [string, number][]) => list.map(([s]) => s).join('  ');
  while (kept.length > 1 && stringWidth(join(kept)) > width) {
    const lowest = Math.min(...kept.map(([, priority]) => priority));
    kept = kept.filter(([, priority]) => priority !== lowest);
  }
  return fitToWidth(join(kept), width);
}

/**
 * Progress on a terminal: one line on stderr redrawn in place (carriage return, the line cut to
 * the terminal's width less one column, then clear to the end of the line), never a new line per
 * redraw. It is redrawn every PROGRESS_TICK_MS on an unref'd timer, so the clock moves while a
 * long file is read and the timer never keeps the process alive. Nothing is drawn when the
 * stream is not a terminal.
 */
export class ProgressDisplay {
  private last: Progress | null = null;
  private timer: NodeJS.Timeout | null = null;
  private drawn = false;
  private readonly started = Date.now();

  constructor(
    private readonly stream: ProgressStream,
    private readonly text: CliText,
    /** false: never draw (e.g. --quiet); lines printed through print() still go to the stream. */
    private readonly enabled = true,
  ) {}

  /** Whether anything is drawn at all (enabled, and the stream is a terminal). */
  get active(): boolean {
    return this.enabled && this.stream.isTTY === true;
  }

  /** Starts the clock; the line is drawn from the first counts on (`initial`, or the first update). */
  start(initial?: Progress): void {
    if (!this.active) return;
    this.last = initial ?? null;
    this.draw();
    this.timer = setInterval(() => this.draw(), PROGRESS_TICK_MS);
    this.timer.unref();
  }

  /** Takes the latest counts; they are drawn at the next tick. */
  update(p: Progress): void {
    const first = this.last === null;
    this.last = p;
    if (first) this.draw();
  }

  /** Writes a line of its own (a warning) above the progress line, then draws the progress line again. */
  print(line: string): void {
    if (!this.drawn) {
      this.stream.write(line.endsWith('\n') ? line : `${line}\n`);
      return;
    }
    this.stream.write(`${CLEAR_LINE}${line.endsWith('\n') ? line : `${line}\n`}`);
    this.drawn = false;
    this.draw();
  }

  /** Stops the clock and clears the line. */
  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    if (this.drawn) this.stream.write(CLEAR_LINE);
    this.drawn = false;
    this.last = null;
  }

  private draw(): void {
    if (!this.active || !this.last) return;
    const width = Math.max(1, (this.stream.columns || 80) - 1);
    this.stream.write(`\r${progressLine(this.last, Date.now() - this.started, this.text, width)}\x1b[K`);
    this.drawn = true;
  }
}
