/**
 * A RuleTester-style harness for conditions: a table of cases, one vitest `it` per case, each
 * naming what it pins down and asserting the outcome's status and messageId (and data where it
 * matters) — never the Chinese wording of a message.
 *
 * Authoring mistakes throw while the file is collected: an unknown key in a case (a typo such as
 * `messageID` or `fact`), an unknown field in `facts` or a record, a malformed fact, member,
 * record or document, options the condition's schema rejects, and duplicate case names.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { interpolate, type CheckContext, type Condition } from '../../../src/engine/condition.js';
import { EvidenceSchema, type Evidence } from '../../../src/model/evidence.js';
import type { Fact, FactStatus } from '../../../src/model/fact.js';
import { FactsSchema, type Facts } from '../../../src/model/facts.js';
import { ConditionStatusSchema, type ConditionStatus } from '../../../src/model/finding.js';
import type { DocKind } from '../../../src/model/kinds.js';
import type { Member, MemberType } from '../../../src/model/member.js';
import { DocumentRecordSchema, type DocumentRecord } from '../../../src/model/record.js';
import { DocumentSummarySchema, type DocumentSummary } from '../../../src/model/report.js';
import { SubmissionMetaSchema, type SubmissionMeta } from '../../../src/model/submission.js';
import { MetricSchema, type Metric, type MetricInput } from '../../../src/engine/rubric/inputs.js';

/** One row of a condition's table. */
export interface ConditionCase<O extends z.ZodType = z.ZodType> {
  /** What the case pins down (also the test's name). */
  name: string;
  /** Merged facts of the submission (default: none). */
  facts?: Facts;
  /** Per-document records (default: none). */
  records?: readonly DocumentRecord[];
  /** Documents read (default: none). */
  documents?: readonly DocumentSummary[];
  /** submission.json metadata (default: {}). */
  meta?: SubmissionMeta;
  /** The pack's metrics (default: none). */
  metrics?: readonly MetricInput[];
  /** Options as a pack writes them; parsed through `condition.meta.options` (default: {}). */
  options?: z.input<O>;
  status: ConditionStatus;
  messageId: string;
  /** Expected subset of the outcome's data (deep-matched: arrays must match exactly). */
  data?: Record<string, unknown>;
}

export interface ConditionTester<O extends z.ZodType = z.ZodType> {
  cases: readonly ConditionCase<O>[];
}

const CASE_KEYS: ReadonlySet<string> = new Set(['name', 'facts', 'records', 'documents', 'meta', 'metrics', 'options', 'status', 'messageId', 'data']);
const TESTER_KEYS: ReadonlySet<string> = new Set(['cases']);
const StrictFacts = FactsSchema.strict();
const StrictRecord = DocumentRecordSchema.extend({ facts: StrictFacts }).strict();
const StrictDocument = DocumentSummarySchema.strict();

/** Registers one `it` per case under `describe(condition.meta.id)`. */
export function testCondition<O extends z.ZodType>(condition: Condition<O>, tester: ConditionTester<O>): void {
  const id = condition.meta.id;
  rejectUnknownKeys(tester as object, TESTER_KEYS, `testCondition(${id})`);
  if (!Array.isArray(tester.cases) || tester.cases.length === 0) throw new Error(`testCondition(${id}): expected a non-empty "cases" array`);
  const names = new Set<string>();
  const prepared = tester.cases.map((c, i) => {
    const where = `testCondition(${id}) case ${i} ("${String((c as { name?: unknown }).name)}")`;
    rejectUnknownKeys(c as object, CASE_KEYS, where);
    if (typeof c.name !== 'string' || c.name.length === 0) throw new Error(`${where}: "name" is required`);
    if (names.has(c.name)) throw new Error(`${where}: duplicate case name`);
    names.add(c.name);
    if (!ConditionStatusSchema.safeParse(c.status).success) throw new Error(`${where}: "status" must be pass, fail or unknown, got ${JSON.stringify(c.status)}`);
    if (typeof c.messageId !== 'string' || c.messageId.length === 0) throw new Error(`${where}: "messageId" is required`);
    if (c.data !== undefined && (typeof c.data !== 'object' || c.data === null || Array.isArray(c.data))) throw new Error(`${where}: "data" must be an object`);
    validate(StrictFacts, c.facts ?? {}, `${where} facts`);
    (c.records ?? []).forEach((r: DocumentRecord, k: number) => validate(StrictRecord, r, `${where} records[${k}]`));
    (c.documents ?? []).forEach((d: DocumentSummary, k: number) => validate(StrictDocument, d, `${where} documents[${k}]`));
    validate(SubmissionMetaSchema, c.meta ?? {}, `${where} meta`);
    const parsed = condition.meta.options.safeParse(c.options ?? {});
    if (!parsed.success) throw new Error(`${where}: options rejected by ${id}'s schema: ${parsed.error.message}`);
    const ctx: CheckContext<z.infer<O>> = {
      facts: c.facts ?? {},
      records: c.records ?? [],
      documents: c.documents ?? [],
      meta: c.meta ?? {},
      metrics: new Map((c.metrics ?? []).map((m: MetricInput) => MetricSchema.parse(m)).map((m: Metric) => [m.id, m])),
      options: parsed.data as z.infer<O>,
    };
    return { c, ctx };
  });

  describe(id, () => {
    for (const { c, ctx } of prepared) {
      it(`${c.status} (${c.messageId}): ${c.name}`, () => {
        deepFreeze(ctx); // a check must not change what it is given
        const outcome = condition.check(ctx);
        expect({ status: outcome.status, messageId: outcome.messageId }, 'status and messageId').toEqual({ status: c.status, messageId: c.messageId });
        expect(Object.keys(condition.meta.messages), `messageId "${outcome.messageId}" is declared in meta.messages`).toContain(outcome.messageId);
        if (c.data !== undefined) expect(outcome.data ?? {}, 'data').toMatchObject(c.data);
        const message = interpolate(condition.meta.messages[outcome.messageId], outcome.data ?? {});
        expect(message, 'every placeholder of the message is filled').not.toMatch(/\{\{\s*\w+\s*\}\}/u);
        expect(z.array(EvidenceSchema).safeParse(outcome.evidence ?? []).success, 'evidence is well formed').toBe(true);
      });
    }
  });
}

function rejectUnknownKeys(obj: object, allowed: ReadonlySet<string>, where: string): void {
  if (typeof obj !== 'object' || obj === null) throw new Error(`${where}: expected an object`);
  const unknown = Object.keys(obj).filter((k) => !allowed.has(k));
  if (unknown.length > 0) throw new Error(`${where}: unknown key(s) ${unknown.map((k) => `"${k}"`).join(', ')}; expected one of ${[...allowed].join(', ')}`);
}

function validate(schema: z.ZodType, value: unknown, where: string): void {
  const r = schema.safeParse(value);
  if (!r.success) throw new Error(`${where}: ${r.error.message}`);
}

function deepFreeze(value: unknown): void {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const v of Object.values(value)) deepFreeze(v);
}

// ---------------------------------------------------------------------------------------------
// Factories

/** Evidence pointing into a test file. */
export function ev(file = 'test.docx', quote = '（测试）'): Evidence {
  return { file, ref: '/blocks/0', quote };
}

export interface FactOptions {
  status?: FactStatus;
  confidence?: number;
  /** File of the fact's one piece of evidence. */
  file?: string;
}

/**
 * A fact. Status defaults to `found` (or `absent` for a null value); confidence to 1 (0 when
 * unreadable). `file` names the file of its one piece of evidence.
 */
export function fact(value: null, opts?: FactOptions): Fact<never>;
export function fact<T>(value: T, opts?: FactOptions): Fact<T>;
export function fact<T>(value: T | null, opts: FactOptions = {}): Fact<T> {
  const status = opts.status ?? (value === null ? 'absent' : 'found');
  const confidence = opts.confidence ?? (status === 'unreadable' ? 0 : 1);
  return { value, status, confidence, evidence: [ev(opts.file)] };
}

/** A member unit (optional fields only when given). */
export function member(name: string, type: MemberType, opts: { creditCode?: string; province?: string } = {}): Member {
  const m: Member = { name, type, evidence: [ev('members.docx', name)] };
  if (opts.creditCode !== undefined) m.creditCode = opts.creditCode;
  if (opts.province !== undefined) m.province = opts.province;
  return m;
}

/** `n` distinct member units of one type, optionally all in one province: "测试成员单位1有限公司", … */
export function members(n: number, type: MemberType = 'enterprise', opts: { province?: string; prefix?: string } = {}): Member[] {
  return Array.from({ length: n }, (_, i) => member(`${opts.prefix ?? '测试成员单位'}${i + 1}有限公司`, type, opts.province === undefined ? {} : { province: opts.province }));
}

/** A document summary: how a file was read and classified. */
export function doc(file: string, kind: DocKind, quality: DocumentSummary['quality'] = 'good'): DocumentSummary {
  const d: DocumentSummary = {
    file,
    sha256: `sha256-of-${file}`,
    format: file.split('.').pop() ?? 'docx',
    kind,
    kindConfidence: kind === 'unknown' ? 0 : 1,
    kindReason: 'test',
    ocr: false,
    quality,
  };
  if (quality === 'error') d.error = 'test: file could not be read';
  return d;
}

/** The record of one document of a kind (file defaults to `<kind>.docx`). */
export function record(kind: DocKind, facts: Facts, file = `${kind}.docx`): DocumentRecord {
  return { file, kind, facts };
}
