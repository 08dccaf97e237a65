/**
 * Percentages: "2%", "2 %", "２％", "0.5%", "百分之二", "百分之零点五", "5‰".
 */

import { normalizeText } from './normalize.js';
import { cleanFloat, findNumbers } from './numerals.js';

// A bare number without %, ‰, 百分之 or 千分之 is not a percentage (callers use parseNumber for "%"-headed columns).
/** The first percentage in a text, in percentage points ("2%" → 2, "百分之二" → 2, "5‰" → 0.5); null if none. */
export function parsePercent(s: string): number | null {
  const text = normalizeText(s);
  for (const n of findNumbers(text)) {
    const before = text.slice(0, n.index).trimEnd();
    const after = text.slice(n.index + n.text.length).trimStart();
    if (after.startsWith('%')) return n.value;
    if (after.startsWith('‰')) return cleanFloat(n.value / 10);
    if (before.endsWith('百分之')) return n.value;
    if (before.endsWith('千分之')) return cleanFloat(n.value / 10);
  }
  return text.includes('百分之百') ? 100 : null;
}
