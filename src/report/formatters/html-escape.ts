import { showBidi } from '../bidi.js';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text made safe for HTML element content and double- or single-quoted attribute values.
 * null and undefined become the empty string; C0 control characters other than tab, line feed and
 * carriage return (which extracted PDF text may hold) are dropped; bidi controls are shown as
 * `⟨U+202E⟩` (bidi.ts).
 */
export function escapeHtml(value: unknown): string {
  const s = value === null || value === undefined ? '' : String(value);
  return showBidi(s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/gu, '')).replace(/[&<>"']/gu, (c) => ENTITIES[c] ?? c);
}

/** Markup that is already safe: written by this program, never taken from the input. */
export class SafeHtml {
  constructor(readonly html: string) {}
  toString(): string {
    return this.html;
  }
}

/** Marks program-written markup (CSS, an SVG chart rendered here, a fixed script) as safe. Never pass input text. */
export function trusted(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

/** One interpolated value: safe markup as it is, arrays joined, anything else escaped. */
function render(value: unknown): string {
  if (value instanceof SafeHtml) return value.html;
  if (Array.isArray(value)) return value.map(render).join('');
  if (value === false) return '';
  return escapeHtml(value);
}

/**
 * The HTML template tag: every interpolated value is escaped unless it is SafeHtml (another
 * `html` result or `trusted(...)`); arrays are joined, `false` renders nothing (for `cond && html\`…\``).
 *
 * ```ts
 * html`<td title="${c.id}">${c.title}</td>` // both escaped
 * ```
 */
export function html(strings: TemplateStringsArray, ...values: unknown[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((v, i) => {
    out += render(v) + (strings[i + 1] ?? '');
  });
  return new SafeHtml(out);
}

/** Safe fragments joined with a separator (the separator is program text). */
export function joinHtml(parts: readonly SafeHtml[], separator = '\n'): SafeHtml {
  return new SafeHtml(parts.map((p) => p.html).join(separator));
}
