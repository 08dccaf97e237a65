import { boilerplate, type Paragraph } from './boilerplate.js';
import { col, type Row, type TableDef } from './columns.js';
import { nearDuplicates, type TextDoc } from './near-duplicates.js';
import type { TextRecord } from './state.js';

/** Lowest Jaccard similarity of two documents reported as near-duplicates. */
export const NEAR_DUPLICATE_THRESHOLD = 0.8;
/** What makes a paragraph boilerplate: at least this many characters, in at least this many submissions and this share of them. */
export const BOILERPLATE_OPTIONS = { minChars: 12, minSubmissions: 3, minShare: 0.05 } as const;

const DOC_ID = 'Document id: `<submission>/<file>`, or `<submission>#technicalGoal` for a goal statement';

export const NEAR_DUPLICATES: TableDef = {
  name: 'near_duplicates',
  kind: 'table',
  grain: 'one row per pair of near-duplicate documents of different submissions',
  description: `Near-duplicates (雷同文本): pairs of agreements, charters, feasibility reports or goal statements of different submissions whose character 5-gram sets have a Jaccard similarity of at least ${NEAR_DUPLICATE_THRESHOLD} (MinHash + LSH candidates, each verified exactly), with the cluster (connected component of the pairs) they belong to.`,
  columns: [
    col('doc_a', 'VARCHAR', '文档A', `${DOC_ID}; the smaller id of the pair`, 'nearDuplicates().pairs[].a'),
    col('doc_b', 'VARCHAR', '文档B', DOC_ID, 'nearDuplicates().pairs[].b'),
    col('submission_a', 'VARCHAR', '申报A', 'Submission of doc_a', 'state texts'),
    col('submission_b', 'VARCHAR', '申报B', 'Submission of doc_b', 'state texts'),
    col('kind_a', 'VARCHAR', '类型A', 'Document kind of doc_a', 'documents.kind, or goal-statement', { values: 'agreement / charter / feasibility-report / goal-statement', privacy: 'none' }),
    col('kind_b', 'VARCHAR', '类型B', 'Document kind of doc_b', 'documents.kind, or goal-statement', { values: 'agreement / charter / feasibility-report / goal-statement', privacy: 'none' }),
    col('jaccard', 'DOUBLE', '相似度', 'Exact Jaccard similarity of the two documents’ character 5-gram sets (normalised text: NFKC, no whitespace or punctuation)', 'nearDuplicates().pairs[].jaccard', { unit: '0–1 (3 decimals)' }),
    col('cluster', 'INTEGER', '簇编号', 'Cluster the pair belongs to: 1 is the largest', 'nearDuplicates().clusters[].id'),
    col('cluster_size', 'INTEGER', '簇大小', 'Documents in the cluster', 'length of nearDuplicates().clusters[].docs', { unit: 'documents' }),
    col('cluster_min_jaccard', 'DOUBLE', '簇内最低相似度', 'Lowest Jaccard similarity of a pair in the cluster', 'nearDuplicates().clusters[].minJaccard', { unit: '0–1' }),
  ],
};

export const BOILERPLATE: TableDef = {
  name: 'boilerplate',
  kind: 'table',
  grain: 'one row per paragraph repeated across submissions',
  description: `Boilerplate (模板文字): paragraphs of agreements, charters, feasibility reports and goal statements that at least ${BOILERPLATE_OPTIONS.minSubmissions} submissions and ${BOILERPLATE_OPTIONS.minShare * 100}% of the submissions with such texts repeat word for word (after normalisation), at least ${BOILERPLATE_OPTIONS.minChars} characters long.`,
  columns: [
    col('text', 'VARCHAR', '段落', 'The paragraph as first seen', 'boilerplate()[].text'),
    col('chars', 'INTEGER', '字数', 'Characters of the normalised paragraph', 'length of boilerplate()[].normalized', { unit: 'characters' }),
    col('submissions', 'INTEGER', '申报数', 'Distinct submissions holding the paragraph', 'boilerplate()[].submissions', { unit: 'submissions' }),
    col('share', 'DOUBLE', '占比', 'Those submissions as a share of all submissions with kept texts', 'boilerplate()[].share', { unit: '0–1 (3 decimals)' }),
    col('examples', 'VARCHAR', '示例文档', 'Documents holding it (one of each of the first three submissions): a JSON array of document ids', 'boilerplate()[].examples[].doc'),
  ],
};

/** A fresh pass over the kept texts (the similarity modules take iterables and read them once each). */
export type TextSource = () => Iterable<TextRecord>;

/** The lines of a text that are paragraphs: table rows (cells joined by tabs) and blank lines left out. */
function paragraphs(texts: TextSource): Iterable<Paragraph> {
  return {
    *[Symbol.iterator]() {
      for (const t of texts()) for (const line of t.text.split('\n')) if (line.trim() && !line.includes('\t')) yield { submission: t.submission, doc: t.doc, text: line };
    },
  };
}

/** The near_duplicates rows of the kept texts, with how long the comparison took. */
export function nearDuplicateRows(texts: TextSource): { rows: Row[]; documents: number; candidates: number; ms: number } {
  const started = performance.now();
  const of = new Map<string, { submission: string; kind: string }>();
  const docs: Iterable<TextDoc> = {
    *[Symbol.iterator]() {
      for (const t of texts()) {
        of.set(t.doc, { submission: t.submission, kind: t.kind });
        yield { id: t.doc, submission: t.submission, kind: t.kind, text: t.text };
      }
    },
  };
  const result = nearDuplicates(docs, { threshold: NEAR_DUPLICATE_THRESHOLD });
  const clusterOf = new Map<string, { id: number; size: number; minJaccard: number }>();
  for (const c of result.clusters) for (const d of c.docs) clusterOf.set(d, { id: c.id, size: c.docs.length, minJaccard: c.minJaccard });
  const rows = result.pairs.map((p) => {
    const cluster = clusterOf.get(p.a);
    return {
      doc_a: p.a,
      doc_b: p.b,
      submission_a: of.get(p.a)?.submission ?? null,
      submission_b: of.get(p.b)?.submission ?? null,
      kind_a: of.get(p.a)?.kind ?? null,
      kind_b: of.get(p.b)?.kind ?? null,
      jaccard: p.jaccard,
      cluster: cluster?.id ?? null,
      cluster_size: cluster?.size ?? null,
      cluster_min_jaccard: cluster?.minJaccard ?? null,
    };
  });
  return { rows, documents: of.size, candidates: result.candidates, ms: performance.now() - started };
}

/** The boilerplate rows of the kept texts. */
export function boilerplateRows(texts: TextSource): Row[] {
  return boilerplate(paragraphs(texts), BOILERPLATE_OPTIONS).map((b) => ({
    text: b.text,
    chars: [...b.normalized].length,
    submissions: b.submissions,
    share: b.share,
    examples: JSON.stringify(b.examples.map((e) => e.doc)),
  }));
}
