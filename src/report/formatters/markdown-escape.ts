import { oneLine } from '../one-line.js';

/** Characters that form a Markdown construct (CommonMark, GFM, math) wherever they stand. */
const INLINE = /[\\`*_{}[\]|~#$]/gu;
/**
 * What starts a list item, a thematic break or a heading underline at the start of a line: a
 * leading -, + or = before a space, the end or only more of them (`- x`, `---`, `==`), or the
 * . or ) of a leading number before a space or the end (`1. x`). `-3` and `3.5亿元` start nothing.
 */
const LINE_START = /^(?:[-+=](?=\s|[-+=\s]*$)|\d{1,9}[.)](?=\s|$))/u;
/** What makes a bare URL or e-mail address a link (GFM autolinks): the : of ://, the . after www, an @. */
const AUTOLINK = /:(?=\/\/)|(?<=\bwww)\.|@/giu;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/**
 * Text quoted from input (file names, quotes from documents, submission ids, unit names) made
 * inert in Markdown: it renders as the text itself through any Markdown renderer and can never
 * start a line, heading, list, table row or HTML element of its own.
 *
 * Line breaks and other control characters collapse into one space and the ends are trimmed,
 * bidi controls are shown as `⟨U+202E⟩` (oneLine); `&`, `<` and `>` become HTML entities; the characters
 * that form constructs anywhere (\ ` * _ { } [ ] | ~ # $) are backslash-escaped, and so is what
 * would start a list or heading underline at the start of a line (LINE_START) and what makes a bare URL or e-mail
 * address a link (the : of ://, the . after www, @). Other punctuation (. - ( ) ! in the middle
 * of a name) is left as it is, so that ids, file names and Chinese text stay readable.
 * `|` is escaped everywhere, so the result is safe in a table cell too.
 */
export function escapeMarkdown(value: unknown): string {
  const escaped = oneLine(value).replace(/[&<>]/gu, (c) => ENTITIES[c] ?? c).replace(INLINE, '\\$&').replace(AUTOLINK, '\\$&');
  return escaped.replace(LINE_START, (m) => `${m.slice(0, -1)}\\${m.slice(-1)}`);
}
