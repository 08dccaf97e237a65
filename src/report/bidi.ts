/** Showing bidi controls (src/text/bidi-controls.ts) in the outputs, so that nothing reorders what is shown. */
import { BIDI_CONTROL_CLASS } from '../text/bidi-controls.js';

const BIDI_CONTROLS = new RegExp(`[${BIDI_CONTROL_CLASS}]`, 'gu');

/** A character as its code point: `U+202E`. */
function codePoint(c: string): string {
  return `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Text for a human-facing output (Markdown, HTML, CSV, spreadsheet, console) with every bidi
 * control shown as its code point, `⟨U+202E⟩`, so that nothing reorders or hides what is shown.
 */
export function showBidi(text: string): string {
  return text.replace(BIDI_CONTROLS, (c) => `⟨${codePoint(c)}⟩`);
}

/**
 * JSON text (as JSON.stringify writes it) with every bidi control written as a `\u202e` escape:
 * a text editor shows nothing reordered, and the parsed data is unchanged. Such characters can
 * only stand inside JSON strings, where the escape means the same character.
 */
export function escapeBidiInJson(json: string): string {
  return json.replace(BIDI_CONTROLS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
