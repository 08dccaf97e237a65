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
