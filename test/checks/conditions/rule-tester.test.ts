import { describe, expect, it } from 'vitest';
import condition from '../../../checks/conditions/members-min-count.js';
import { MIN_FACT_CONFIDENCE } from '../../../src/engine/condition.js';
import { FactStatusSchema, factSchema } from '../../../src/model/fact.js';
import { MemberSchema } from '../../../src/model/member.js';
import { DocumentRecordSchema } from '../../../src/model/record.js';
import { DocumentSummarySchema } from '../../../src/model/report.js';
import { z } from 'zod';
import { doc, fact, member, members, record, testCondition, type ConditionCase } from './rule-tester.js';

/** Calls testCondition with one case; every call here must throw before registering anything. */
const run = (c: Record<string, unknown>, extra: Record<string, unknown> = {}) => () =>
  testCondition(condition, { cases: [c as unknown as ConditionCase], ...extra } as Parameters<typeof testCondition>[1]);
const base = { name: 'x', options: { min: 1 }, status: 'pass', messageId: 'enough' };

describe('testCondition rejects authoring mistakes', () => {
  it('an unknown key in a case (typo)', () => {
    expect(run({ ...base, messageID: 'enough' })).toThrow(/unknown key\(s\) "messageID"/u);
    expect(run({ ...base, fact: {} })).toThrow(/unknown key\(s\) "fact"/u);
  });
  it('an unknown key next to cases', () => {
    expect(run(base, { valid: [] })).toThrow(/unknown key\(s\) "valid"/u);
  });
  it('an empty table', () => {
    expect(() => testCondition(condition, { cases: [] })).toThrow(/non-empty "cases"/u);
  });
  it('a missing name, status or messageId', () => {
    expect(run({ ...base, name: '' })).toThrow(/"name" is required/u);
    expect(run({ ...base, status: 'passed' })).toThrow(/"status" must be/u);
    expect(run({ ...base, messageId: undefined })).toThrow(/"messageId" is required/u);
  });
  it('duplicate case names', () => {
    expect(() => testCondition(condition, { cases: [base as ConditionCase, base as ConditionCase] })).toThrow(/duplicate case name/u);
  });
  it('an unknown field in facts or in a record', () => {
    expect(run({ ...base, facts: { member: fact([]) } })).toThrow(/facts/u);
    expect(run({ ...base, records: [{ ...record('agreement', {}), fields: { signatures: fact([]) } }] })).toThrow(/records\[0\]/u);
  });
  it('a malformed fact or document', () => {
    expect(run({ ...base, facts: { members: { value: [], status: 'found' } } })).toThrow(/facts/u);
    expect(run({ ...base, documents: [{ ...doc('a.docx', 'agreement'), kind: 'contract' }] })).toThrow(/documents\[0\]/u);
  });
  it('options the condition rejects', () => {
    expect(run({ ...base, options: { min: 0 } })).toThrow(/options rejected/u);
    expect(run({ ...base, options: undefined })).toThrow(/options rejected/u);
  });
});

describe('factories', () => {
  it('fact: found by default, absent for null, unreadable with confidence 0', () => {
    expect(fact(3)).toMatchObject({ value: 3, status: 'found', confidence: 1 });
    expect(fact(null)).toMatchObject({ value: null, status: 'absent', confidence: 1 });
    expect(fact(null, { status: 'unreadable' })).toMatchObject({ status: 'unreadable', confidence: 0 });
    expect(fact('x', { confidence: MIN_FACT_CONFIDENCE - 0.01, file: 'a.pdf' })).toMatchObject({ status: 'found', confidence: 0.59, evidence: [{ file: 'a.pdf' }] });
    expect(factSchema(z.unknown()).safeParse(fact({ a: 1 })).success).toBe(true);
    expect(FactStatusSchema.options).toContain(fact(1).status);
  });
  it('member, members, doc and record are valid model objects', () => {
    expect(MemberSchema.strict().parse(member('甲公司', 'enterprise', { creditCode: 'X', province: '河南' }))).toMatchObject({ creditCode: 'X', province: '河南' });
    expect(member('甲公司', 'enterprise')).not.toHaveProperty('province');
    expect(new Set(members(12).map((m) => m.name)).size).toBe(12);
    expect(members(2, 'university', { province: '甘肃' }).every((m) => m.type === 'university' && m.province === '甘肃')).toBe(true);
    expect(DocumentSummarySchema.strict().parse(doc('a.pdf', 'agreement', 'error'))).toMatchObject({ format: 'pdf', quality: 'error' });
    expect(DocumentRecordSchema.parse(record('charter', { hasGoals: fact(true) }))).toMatchObject({ file: 'charter.docx', kind: 'charter' });
  });
});
