/**
 * Bidirectional formatting characters (U+202A–U+202E embeddings and overrides, U+2066–U+2069
 * isolates, U+200E/U+200F marks, U+061C Arabic letter mark). They are invisible and reorder the
 * text around them: `rtl\u202Egpj.exe` shows as `rtlexe.jpg`. As the body of a RegExp character class.
 */
export const BIDI_CONTROL_CLASS = '\\u061c\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069';
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
