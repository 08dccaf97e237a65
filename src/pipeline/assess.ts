import { unreadFiles, type Condition } from '../engine/condition.js';
import type { Pack } from '../engine/pack.js';
import { runConditions } from '../engine/run-conditions.js';
import type { ConditionResult, Message, Verdict } from '../model/finding.js';
import type { DocumentRecord } from '../model/record.js';
import { SCHEMA_VERSION, type DocumentSummary, type Report } from '../model/report.js';
import type { Submission } from '../model/submission.js';
import { readRecord } from '../../extractors/documents/index.js';
import { docText, unreadablePages } from '../model/doc-view.js';
import { choosePack } from './choose-pack.js';
import { unreadablePageMessages } from './page-messages.js';
import { classify } from './classify.js';
import { markIncomplete, mergeRecords } from './merge.js';
import type { ReadOutcome } from './read-files.js';
import { INTERPRETATION_RULES } from './interpretation.js';
import { scoreRubric } from '../engine/rubric/score-rubric.js';
import { scoreFlags, verdictWithFlags } from './red-flags.js';

/** Verdict from condition statuses: fail if any fails, needs-review if any is unknown, else pass. */
export function verdictOf(conditions: readonly ConditionResult[]): Verdict {
  if (conditions.some((c) => c.status === 'fail')) return 'fail';
  if (conditions.some((c) => c.status === 'unknown')) return 'needs-review';
  return 'pass';
}

/** Classifies, extracts, merges and checks one submission whose files have been read. */
export function assessSubmission(
  submission: Submission,
  outcomes: readonly ReadOutcome[],
  packs: ReadonlyMap<string, Pack>,
  conditions: ReadonlyMap<string, Condition>,
  packOption?: string,
): Report {
  const messages: Message[] = [...submission.messages];
  // Files ingest could not read (over a budget, a link, a damaged zip entry) are documents that could not be read:
  // whatever they hold is unknown, never absent.
  const documents: DocumentSummary[] = submission.messages
    .filter((m) => m.level === 'error' && m.file !== undefined)
    .map((m) => ({ file: m.file!, sha256: '', format: 'unknown', kind: 'unknown', kindConfidence: 0, kindReason: '文件未读取', ocr: false, quality: 'error', error: m.text }));
  const records: DocumentRecord[] = [];
  const texts: string[] = [];
  for (const o of outcomes) {
    if ('error' in o) {
      documents.push({ file: o.file.name, sha256: o.file.sha256, format: o.file.format, kind: 'unknown', kindConfidence: 0, kindReason: '文件无法读取', ocr: false, quality: 'error', error: o.error });
      messages.push({ level: 'error', text: o.error, file: o.file.name });
      continue;
    }
    const kind = classify(o.doc);
    const bad = unreadablePages(o.doc);
    const summary: DocumentSummary = {
      file: o.file.name,
      sha256: o.file.sha256,
      format: o.doc.origin.format,
      kind: kind.kind,
      kindConfidence: kind.confidence,
      kindReason: kind.reason,
      ocr: (o.doc.pages ?? []).some((p) => p.ocr === true),
      quality: o.doc.quality.textLayer === 'good' ? 'good' : o.doc.quality.textLayer === 'partial' ? 'partial' : 'unreadable',
    };
    if (o.doc.origin.pages !== undefined) summary.pages = o.doc.origin.pages;
    if (bad.length > 0) {
      summary.unreadablePages = bad;
      for (const text of unreadablePageMessages(o.doc)) messages.push({ level: 'warning', text, file: o.file.name });
    }
    if (kind.kind === 'unknown') messages.push({ level: 'warning', text: `无法判断文件类型：${kind.reason}`, file: o.file.name });
    documents.push(summary);
    records.push(readRecord(o.doc, kind.kind));
    texts.push(docText(o.doc).slice(0, 2000));
  }
  if (submission.files.length === 0 && !submission.messages.some((m) => m.level === 'error')) messages.push({ level: 'error', text: '申报文件夹中没有文件' });
  const unread = unreadFiles(documents);
  const facts = markIncomplete(mergeRecords(records), unread);
  const choice = choosePack(packs, documents.map((d) => d.kind), texts.join('\n'), submission.meta, packOption);
  const base = { schemaVersion: SCHEMA_VERSION as typeof SCHEMA_VERSION, submission: { id: submission.id, documents, meta: submission.meta }, facts, score: null, flags: [], interpretation: [...INTERPRETATION_RULES] };
  if (!choice.pack) {
    messages.push({ level: 'error', text: choice.reason });
    return { ...base, pack: null, conditions: [], verdict: 'error', messages };
  }
  const { pack } = choice;
  const score = pack.rubric ? scoreRubric(pack.rubric, facts, new Map(pack.metrics.map((m) => [m.id, m])), facts.claimedScores?.value ?? []) : null;
  const results = runConditions(pack, conditions, { facts, records, documents, meta: submission.meta, score });
  const flags = scoreFlags(score);
  const verdict = documents.length > 0 && documents.every((d) => d.quality === 'error') ? 'error' : verdictWithFlags(verdictOf(results), flags);
  return {
    ...base,
    flags,
    pack: { id: pack.id, version: pack.version, title: pack.title, source: pack.source, chosenBy: choice.chosenBy },
    conditions: results,
    score,
    verdict,
    messages,
    interpretation: [...INTERPRETATION_RULES, ...pack.notes],
  };
}
