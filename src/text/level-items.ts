/**
 * Items listed one per entry with their level in brackets: "1.国家重点研发计划…课题（国家级，2019—2022年）",
 * "…科学技术进步奖二等奖1项（“…”，省部级，2020年）", "…奖（社会力量设奖）".
 */

import { toHalfWidth } from './normalize.js';

/** A level an item is tagged with. */
export type ItemLevel = 'national' | 'provincial' | 'bureau' | 'city' | 'social';

/** Level words as written, most specific first. */
const LEVEL_WORDS: readonly [ItemLevel, RegExp][] = [
  ['social', /社会力量(?:设奖)?/u],
  ['national', /国家级|国家/u],
  ['provincial', /省部级|省\(部\)级|省级|部级/u],
  ['bureau', /厅局级|厅级|局级/u],
  ['city', /市级|县级|地市级/u],
];

/** Item openings: list numbers at the start of a line or after a separator. */
const ITEM_SPLIT = /\n|[；;]|(?:^|\s)(?=\d{1,2}[.、．](?!\d))|(?=[（(]\d{1,2}[）)])|(?=[\u2460-\u2473])/u;

/** The level of one item: the last bracketed group naming a level; null when it names none. */
export function itemLevel(item: string): ItemLevel | null {
  const groups = [...toHalfWidth(item).matchAll(/\(([^()]*)\)/gu)].map((m) => m[1]).reverse();
  for (const g of groups) {
    const found = LEVEL_WORDS.find(([, re]) => re.test(g));
    if (found) return found[0];
  }
  return null;
}

/** The items of a list answer, each with its level (null when untagged). */
export function levelItems(text: string): { text: string; level: ItemLevel | null }[] {
  return text
    .split(new RegExp(ITEM_SPLIT.source, 'gu'))
    .map((t) => t.trim())
    .filter((t) => t.replace(/^\d{1,2}[.、．]/u, '').trim().length > 1)
    .map((t) => ({ text: t, level: itemLevel(t) }));
}

/** How many items of a list answer carry one of the levels; null when no item is tagged with any level. */
export function countLevelItems(text: string, levels: readonly ItemLevel[]): number | null {
  const items = levelItems(text);
  if (!items.some((i) => i.level !== null)) return null;
  return items.filter((i) => i.level !== null && levels.includes(i.level)).length;
}
