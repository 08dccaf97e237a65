/** Groups of near-duplicate documents: the connected components of the pairs kept. */

/** A connected component of near-duplicate pairs. */
export interface NearDuplicateCluster {
  /** 1-based, in the order of the list: larger clusters first, then by first document id. */
  id: number;
  /** Document ids, sorted. */
  docs: string[];
  /** Lowest Jaccard similarity (0–1) of a pair kept inside the cluster. */
  minJaccard: number;
}

/** The clusters of a list of pairs (documents a and b with their Jaccard similarity). */
export function clustersOf(pairs: readonly { a: string; b: string; jaccard: number }[]): NearDuplicateCluster[] {
  const parent = new Map<string, string>();
  const root = (doc: string): string => {
    let r = doc;
    while (parent.get(r) !== r) r = parent.get(r)!;
    // Path compression: later look-ups of this chain are one step.
    for (let d = doc; d !== r; ) {
      const next = parent.get(d)!;
      parent.set(d, r);
      d = next;
    }
    return r;
  };
  for (const { a, b } of pairs) {
    if (!parent.has(a)) parent.set(a, a);
    if (!parent.has(b)) parent.set(b, b);
    const ra = root(a);
    const rb = root(b);
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  }
  const groups = new Map<string, { docs: string[]; minJaccard: number }>();
  for (const doc of parent.keys()) {
    const r = root(doc);
    const group = groups.get(r) ?? { docs: [], minJaccard: 1 };
    group.docs.push(doc);
    groups.set(r, group);
  }
  for (const { a, jaccard } of pairs) {
    const group = groups.get(root(a))!;
    group.minJaccard = Math.min(group.minJaccard, jaccard);
  }
  const byCode = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return [...groups.values()]
    .map((g) => ({ docs: g.docs.sort(byCode), minJaccard: g.minJaccard }))
    .sort((x, y) => y.docs.length - x.docs.length || byCode(x.docs[0], y.docs[0]))
    .map((g, i) => ({ id: i + 1, ...g }));
}
