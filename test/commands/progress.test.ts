import stringWidth from 'string-width';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cliText } from '../../src/commands/i18n.js';
import { fitToWidth, PROGRESS_TICK_MS, ProgressDisplay, progressLine } from '../../src/commands/progress.js';
import type { Progress } from '../../src/pipeline/run.js';

const P: Progress = { submissionsDone: 12, submissionsTotal: 27, filesDone: 48, pages: 1234, cachedFiles: 20, elapsedMs: 0, ocrPages: 37, ocrPending: 163, ocrBusyMs: 61_000 };
const zh = cliText('zh');

/** A terminal stand-in: what was written, and the screen line as a terminal would show it (\r returns, \x1b[K clears to the end). */
function terminal(columns: number, isTTY = true) {
  const writes: string[] = [];
  return {
    isTTY,
    columns,
    writes,
    write(text: string) {
      writes.push(text);
      return true;
    },
    /** Lines ended by \n so far, and the line the cursor is on. */
    screen(): { lines: string[]; current: string } {
      const lines: string[] = [];
      let current = '';
      for (const text of writes.join('').split(/(\r|\n|\x1b\[K)/u)) {
        if (text === '\r') current = '';
        else if (text === '\n') {
          lines.push(current);
          current = '';
        } else if (text !== '\x1b[K') current += text;
      }
      return { lines, current };
    },
  };
}

describe('fitToWidth', () => {
  it('measures CJK as two columns and cuts with an ellipsis', () => {
    expect(fitToWidth('申报 12/27', 20)).toBe('申报 12/27');
    const cut = fitToWidth('申报材料审查进度', 9);
    expect(stringWidth(cut)).toBeLessThanOrEqual(9);
    expect(cut).toBe('申报材料…');
  });
});

describe('progressLine', () => {
  it('holds every part on a wide terminal', () => {
    const line = progressLine(P, 30_000, zh, 200);
    expect(line).toBe('申报 12/27  文件 48（缓存 20）  页 1234  识别 37/200 页 0.61 页/秒  用时 30.0s  1.6 文件/秒');
  });

  it.each([79, 59, 39, 19, 9])('fits %i columns (CJK counted two wide), dropping the least useful parts first', (width) => {
    const line = progressLine(P, 30_000, zh, width);
    expect(stringWidth(line)).toBeLessThanOrEqual(width);
    expect(line.startsWith('申报')).toBe(true);
  });

  it('keeps submissions and elapsed time the longest', () => {
    expect(progressLine(P, 30_000, zh, 30)).toBe('申报 12/27  用时 30.0s');
  });

  it('speaks English with --lang en', () => {
    expect(progressLine(P, 30_000, cliText('en'), 200)).toBe('submissions 12/27  files 48 (20 cached)  pages 1234  OCR 37/200 pages 0.61 p/s  30.0s  1.6 files/s');
  });
});

describe('ProgressDisplay', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('redraws one line in place, cut to the width less one column, never a new line per redraw', () => {
    const tty = terminal(80);
    const display = new ProgressDisplay(tty, zh);
    display.start({ ...P, submissionsDone: 0 });
    for (let i = 1; i <= 8; i++) {
      display.update({ ...P, submissionsDone: i });
      vi.advanceTimersByTime(PROGRESS_TICK_MS);
    }
    const { lines, current } = tty.screen();
    expect(lines).toEqual([]);
    expect(tty.writes.every((w) => w.startsWith('\r') && w.endsWith('\x1b[K'))).toBe(true);
    expect(tty.writes.every((w) => stringWidth(w.replace('\r', '').replace('\x1b[K', '')) <= 79)).toBe(true);
    expect(current).toMatch(/^申报 8\/27 /u);
    display.stop();
    expect(tty.screen().current).toBe('');
  });

  it('ticks on a timer, so the clock moves while nothing finishes', () => {
    const tty = terminal(120);
    const display = new ProgressDisplay(tty, zh);
    display.start(P);
    vi.advanceTimersByTime(2000);
    expect(tty.screen().current).toMatch(/用时 2\.0s/u);
    vi.advanceTimersByTime(1000);
    expect(tty.screen().current).toMatch(/用时 3\.0s/u);
    display.stop();
    const writes = tty.writes.length;
    vi.advanceTimersByTime(1000);
    expect(tty.writes.length).toBe(writes);
  });

  it('does not keep the process alive: its timer is unref\'d', () => {
    vi.useRealTimers();
    const spy = vi.spyOn(globalThis, 'setInterval');
    const display = new ProgressDisplay(terminal(80), zh);
    display.start(P);
    const timer = spy.mock.results[0].value as NodeJS.Timeout;
    expect(timer.hasRef()).toBe(false);
    display.stop();
    spy.mockRestore();
  });

  it('prints a warning on a line of its own and draws the progress line again below it', () => {
    const tty = terminal(100);
    const display = new ProgressDisplay(tty, zh);
    display.start(P);
    display.print('filings: 警告：缓存目录无法写入');
    expect(tty.screen()).toMatchObject({ lines: ['filings: 警告：缓存目录无法写入'], current: expect.stringMatching(/^申报 12\/27/u) });
    display.stop();
  });

  it('draws nothing when the stream is not a terminal, or when disabled (--quiet), but still prints warnings', () => {
    for (const [tty, enabled] of [
      [terminal(80, false), true],
      [terminal(80), false],
    ] as const) {
      const display = new ProgressDisplay(tty, zh, enabled);
      display.start(P);
      vi.advanceTimersByTime(1000);
      display.print('filings: 警告：x');
      display.stop();
      expect(tty.writes).toEqual(['filings: 警告：x\n']);
    }
  });
});
