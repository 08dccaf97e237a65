import { showBidi } from './bidi.js';

/** Control characters (line feed, carriage return, tab, escape, NEL, …) and line separators. */
const BREAKS = /[\p{Cc}\u2028\u2029]+/gu;

/**
 * Text from input on one line for a human-facing output: every run of control characters and
 * line separators becomes one space (no new line, no terminal escape sequence), the ends are
 * trimmed and bidi controls are shown as `⟨U+202E⟩`.
 */
export function oneLine(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  return showBidi(text.replace(BREAKS, ' ').trim());
}
