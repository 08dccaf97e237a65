import { findFirstNumber } from './numerals.js';

/** How far after a label (characters) its number may stand. */
const WINDOW = 12;

/**
 * The number written just after a label inside a longer answer: "拥有院士（含外聘） 1 名，国家千人计划等国家级人才
 * 2 名" → countAfter(text, '国家级人才') = 2. Null when the label is absent or no number follows it.
 */
export function countAfter(text: string, label: string): number | null {
  const at = text.replace(/\s+/gu, '').indexOf(label.replace(/\s+/gu, ''));
  if (at < 0) return null;
  const rest = text.replace(/\s+/gu, '').slice(at + label.replace(/\s+/gu, '').length, at + label.length + WINDOW);
  const n = findFirstNumber(rest);
  return n && n.index <= 3 ? n.value : null;
}
