/**
 * Tying unit names from two lists together when one side may be garbled (OCR under a seal):
 * equal keys first, then the most similar name above a floor, then row order for what is left
 * when both lists have the same length.
 */

import { unitKey, unitSimilarity } from './organizations.js';

/** Least similarity for two differently written names to count as one unit. */
export const MIN_UNIT_SIMILARITY = 0.6;

/** For each name of `targets`, the index of the entry of `candidates` it is tied to, or -1. */
export function matchUnits(targets: readonly string[], candidates: readonly string[]): number[] {
  const taken = new Set<number>();
  const out = targets.map(() => -1);
  targets.forEach((t, i) => {
    const j = candidates.findIndex((c, k) => !taken.has(k) && unitKey(c) === unitKey(t));
    if (j >= 0) {
      out[i] = j;
      taken.add(j);
    }
  });
  const pairs: { i: number; j: number; s: number }[] = [];
  targets.forEach((t, i) => {
    if (out[i] >= 0) return;
    candidates.forEach((c, j) => {
      if (taken.has(j)) return;
      const s = unitSimilarity(t, c);
      if (s >= MIN_UNIT_SIMILARITY) pairs.push({ i, j, s });
    });
  });
  pairs.sort((a, b) => b.s - a.s);
  for (const p of pairs) {
    if (out[p.i] >= 0 || taken.has(p.j)) continue;
    out[p.i] = p.j;
    taken.add(p.j);
  }
  if (targets.length === candidates.length) {
    const leftT = out.map((j, i) => (j < 0 ? i : -1)).filter((i) => i >= 0);
    const leftC = candidates.map((_, j) => j).filter((j) => !taken.has(j));
    // Row order ties the rest only when every other row kept its place.
    const inOrder = out.every((j, i) => j < 0 || j === i);
    if (inOrder) leftT.forEach((i, k) => (out[i] = leftC[k] === i ? i : -1));
  }
  return out;
}
