/**
 * Character alignment of two readings of the same text (edit-distance backtrace): which characters
 * of one stand for which of the other, and where one reading has a character the other lacks.
 */

/** One step of an alignment: indexes into `a` and `b`; null on the side that has no character there. */
export type AlignStep = [number | null, number | null];

/** Aligns `a` and `b` (arrays of characters) with the fewest substitutions, insertions and deletions. */
export function alignChars(a: readonly string[], b: readonly string[]): AlignStep[] {
  const n = a.length;
  const m = b.length;
  const cost = new Uint32Array((n + 1) * (m + 1));
  const at = (i: number, j: number) => i * (m + 1) + j;
  for (let i = 0; i <= n; i++) cost[at(i, 0)] = i;
  for (let j = 0; j <= m; j++) cost[at(0, j)] = j;
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      cost[at(i, j)] = Math.min(cost[at(i - 1, j)] + 1, cost[at(i, j - 1)] + 1, cost[at(i - 1, j - 1)] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
  }
  const steps: AlignStep[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    if (i > 0 && j > 0 && cost[at(i, j)] === cost[at(i - 1, j - 1)] + (a[i - 1] === b[j - 1] ? 0 : 1)) {
      steps.push([--i, --j]);
    } else if (i > 0 && cost[at(i, j)] === cost[at(i - 1, j)] + 1) {
      steps.push([--i, null]);
    } else {
      steps.push([null, --j]);
    }
  }
  return steps.reverse();
}
