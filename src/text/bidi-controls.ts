/**
 * Bidirectional formatting characters (U+202A–U+202E embeddings and overrides, U+2066–U+2069
 * isolates, U+200E/U+200F marks, U+061C Arabic letter mark). They are invisible and reorder the
 * text around them: `rtl\u202Egpj.exe` shows as `rtlexe.jpg`. As the body of a RegExp character class.
 */
export const BIDI_CONTROL_CLASS = '\\u061c\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069';

/** C0 and C1 control characters and bidi controls: what a name shown to people must never carry as it is. */
export const CONTROL_OR_BIDI = new RegExp(`[\\u0000-\\u001f\\u007f-\\u009f${BIDI_CONTROL_CLASS}]`, 'gu');
