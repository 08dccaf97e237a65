import BayesClassifier from 'natural/lib/natural/classifiers/bayes_classifier.js';
import type { Doc } from '../model/document.js';
import type { DocKind } from '../model/kinds.js';
import type { Classification } from '../model/record.js';
import { docLines } from '../model/doc-view.js';
import { KIND_SAMPLES, TITLE_PATTERNS } from './kind-patterns.js';

/** How many leading lines count as the title area. */
const TITLE_LINES = 4;
/** Below this posterior the n-gram guess is reported as unknown. */
const MIN_NGRAM_CONFIDENCE = 0.5;

let classifier: BayesClassifier | null = null;

/** Character bigrams of a text with whitespace removed (Chinese has no word boundaries). */
export function charBigrams(text: string): string[] {
  const chars = [...text.replace(/\s+/gu, '')];
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i] + chars[i + 1]);
  return out;
}

function ngramClassifier(): BayesClassifier {
  if (classifier) return classifier;
  const c = new BayesClassifier();
  for (const [kind, samples] of Object.entries(KIND_SAMPLES)) for (const s of samples ?? []) c.addDocument(charBigrams(s), kind);
  c.train();
  classifier = c;
  return c;
}

/** The kind of a document from its title, then its file name, then an n-gram classifier over its text. */
export function classify(doc: Doc): Classification {
  const lines = docLines(doc).map((l) => l.text);
  const title = lines.slice(0, TITLE_LINES).join(' ');
  const byTitle = TITLE_PATTERNS.find((p) => p.pattern.test(title));
  if (byTitle) return { kind: byTitle.kind, confidence: 0.95, reason: `标题含“${byTitle.label}”` };
  const name = doc.origin.file.replace(/\.[^.]+$/u, '');
  const byName = TITLE_PATTERNS.find((p) => p.pattern.test(name));
  if (byName) return { kind: byName.kind, confidence: 0.8, reason: `文件名含“${byName.label}”` };
  const body = lines.join('').slice(0, 4000);
  if (body.replace(/\s/gu, '').length < 10) return { kind: 'unknown', confidence: 0, reason: '文件中几乎没有可读文字' };
  const ranked = ngramClassifier().getClassifications(charBigrams(body));
  const total = ranked.reduce((s, r) => s + r.value, 0) || 1;
  const best = ranked[0];
  const confidence = best.value / total;
  if (confidence < MIN_NGRAM_CONFIDENCE) return { kind: 'unknown', confidence, reason: '标题与内容都不足以判断文件类型' };
  return { kind: best.label as DocKind, confidence: Math.min(0.75, confidence), reason: `按正文字符二元组分类（${(confidence * 100).toFixed(0)}%）` };
}
