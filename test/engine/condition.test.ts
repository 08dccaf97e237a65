import { describe, expect, it } from 'vitest';
import { MIN_FACT_CONFIDENCE, documentMissing, interpolate, kindUnreadable, recordsOf, use } from '../../src/engine/condition.js';
import { absent, found, unreadable, type Fact } from '../../src/model/fact.js';
import { doc, record } from '../checks/conditions/rule-tester.js';

const ev = [{ file: 'a.docx', ref: '/blocks/0', quote: 'x' }];

describe('interpolate', () => {
  it('fills placeholders, with or without spaces inside the braces', () => {
    expect(interpolate('共 {{count}} 家，限 {{ max }} 家', { count: 9, max: 10 })).toBe('共 9 家，限 10 家');
  });
  it('fills a placeholder used twice', () => {
    expect(interpolate('{{a}}-{{a}}', { a: 'x' })).toBe('x-x');
  });
  it('joins arrays with 、', () => {
    expect(interpolate('缺少：{{missing}}', { missing: ['章程', '协议书', '推荐表'] })).toBe('缺少：章程、协议书、推荐表');
    expect(interpolate('[{{xs}}]', { xs: [] })).toBe('[]');
  });
  it('leaves a placeholder without data visible', () => {
    expect(interpolate('牵头单位 {{lead}} 注册地为{{found}}', { lead: '甲公司' })).toBe('牵头单位 甲公司 注册地为{{found}}');
    expect(interpolate('{{a}}', {})).toBe('{{a}}');
  });
  it('shows null and undefined as —', () => {
    expect(interpolate('{{a}}/{{b}}', { a: null, b: undefined })).toBe('—/—');
  });
  it('prints numbers, zero and booleans', () => {
    expect(interpolate('{{n}} {{z}} {{b}}', { n: 1.5, z: 0, b: false })).toBe('1.5 0 false');
  });
  it('names the first ten items of a long list and counts the rest, so that one message never grows with the batch', () => {
    const files = Array.from({ length: 5000 }, (_, i) => `f${i}.docx`);
    const text = interpolate('无法读取：{{files}}', { files });
    expect(text).toBe(`无法读取：${files.slice(0, 10).join('、')} 等 5000 项`);
  });
  it('leaves text without placeholders alone', () => {
    expect(interpolate('申报材料齐全', { x: 1 })).toBe('申报材料齐全');
  });
});

describe('use', () => {
  it('missing when there is no fact', () => {
    expect(use(undefined)).toEqual({ state: 'missing' });
  });
  it('usable when found with enough confidence', () => {
    const f = found(10, ev);
    expect(use(f)).toEqual({ state: 'usable', value: 10, fact: f });
  });
  it('usable for falsy values (0, false, empty string, empty list)', () => {
    for (const v of [0, false, '', []]) expect(use(found<unknown>(v, ev)).state).toBe('usable');
  });
  it('missing when the fact is absent (read, not there)', () => {
    const f = absent<number>(ev);
    expect(use(f)).toEqual({ state: 'missing', fact: f });
  });
  it('missing when a found fact has a null value', () => {
    expect(use({ ...found<number>(1, ev), value: null }).state).toBe('missing');
  });
  it('unreadable when the fact is unreadable, even with a value', () => {
    expect(use(unreadable<number>(ev)).state).toBe('unreadable');
    expect(use(unreadable<number>(ev, 12, 0.9)).state).toBe('unreadable');
  });
  it(`unreadable when found with confidence below MIN_FACT_CONFIDENCE (${MIN_FACT_CONFIDENCE})`, () => {
    expect(MIN_FACT_CONFIDENCE).toBe(0.6);
    const low: Fact<number> = found(10, ev, 0.59);
    expect(use(low)).toEqual({ state: 'unreadable', fact: low });
    expect(use(found(10, ev, 0)).state).toBe('unreadable');
  });
  it('usable at exactly MIN_FACT_CONFIDENCE', () => {
    expect(use(found(10, ev, MIN_FACT_CONFIDENCE)).state).toBe('usable');
  });
  it('an absent fact with low confidence is still missing, not unreadable', () => {
    expect(use({ ...absent<number>(ev), confidence: 0.1 }).state).toBe('missing');
  });
});

describe('recordsOf, kindUnreadable, documentMissing', () => {
  it('recordsOf keeps the records of one kind, in order', () => {
    const rs = [record('agreement', {}, 'a'), record('charter', {}), record('agreement', {}, 'b')];
    expect(recordsOf(rs, 'agreement').map((r) => r.file)).toEqual(['a', 'b']);
    expect(recordsOf(rs, 'proposal')).toEqual([]);
  });
  it('kindUnreadable is true when a document of the kind is not good', () => {
    expect(kindUnreadable([doc('a.pdf', 'agreement', 'partial')], 'agreement')).toBe(true);
    expect(kindUnreadable([doc('a.pdf', 'agreement', 'unreadable')], 'agreement')).toBe(true);
    expect(kindUnreadable([doc('a.pdf', 'agreement', 'good'), doc('c.pdf', 'charter', 'partial')], 'agreement')).toBe(false);
    expect(kindUnreadable([], 'agreement')).toBe(false);
  });
  it('documentMissing fails when every file was read and classified', () => {
    expect(documentMissing([doc('a.docx', 'proposal')], 'noAgreement', 'notRead')).toEqual({ status: 'fail', messageId: 'noAgreement' });
    expect(documentMissing([], 'noAgreement', 'notRead')).toEqual({ status: 'fail', messageId: 'noAgreement' });
  });
  it('documentMissing is unknown, naming the files, when a file errored or could not be classified', () => {
    const docs = [doc('a.docx', 'proposal'), doc('b.pdf', 'unknown', 'error'), doc('c.pdf', 'unknown'), doc('d.pdf', 'charter', 'error')];
    expect(documentMissing(docs, 'noAgreement', 'notRead')).toEqual({ status: 'unknown', messageId: 'notRead', data: { where: ['b.pdf', 'c.pdf', 'd.pdf'] } });
  });
  it('a partially readable classified document does not make a missing one unknown', () => {
    expect(documentMissing([doc('a.pdf', 'proposal', 'partial')], 'noAgreement', 'notRead').status).toBe('fail');
  });
});
