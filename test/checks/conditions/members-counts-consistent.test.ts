import condition from '../../../checks/conditions/members-counts-consistent.js';
import type { DocumentRecord } from '../../../src/model/record.js';
import { doc, fact, member, members, record, testCondition } from './rule-tester.js';

type Counts = { enterprise: number | null; university: number | null; institute: number | null; other: number | null };
const counts = (enterprise: number | null, university: number | null, institute: number | null, other: number | null): Counts => ({ enterprise, university, institute, other });

/** A form record declaring a total, a breakdown by type and (optionally) naming members. */
function form(kind: DocumentRecord['kind'], total: number, byType: Counts | null, named?: number): DocumentRecord {
  return record(kind, {
    memberCountDeclared: fact(total),
    ...(byType ? { memberCountsByType: fact(byType) } : {}),
    ...(named !== undefined ? { members: fact(members(named)) } : {}),
  });
}

testCondition(condition, {
  cases: [
    // pass
    { name: 'total equals the typed sum and the named members', records: [form('proposal', 10, counts(5, 3, 2, 0), 10)], documents: [doc('proposal.docx', 'proposal')], status: 'pass', messageId: 'consistent', data: { total: 10 } },
    { name: 'a declared total alone', records: [form('proposal', 12, null)], status: 'pass', messageId: 'consistent', data: { total: 12 } },
    { name: 'a breakdown left entirely blank is not summed', records: [form('proposal', 12, counts(null, null, null, null))], status: 'pass', messageId: 'consistent', data: { total: 12 } },
    { name: 'several documents agreeing', records: [form('proposal', 10, counts(5, 3, 2, 0)), form('recommendation-form', 10, counts(5, 3, 2, null)), record('agreement', { members: fact(members(10)) })], status: 'pass', messageId: 'consistent', data: { total: 10 } },
    // 推荐表 has no "other" column: the typed sum may fall short of the total (the rest are other members).
    { name: '推荐表 without an other column: typed sum falls short of the total', records: [form('recommendation-form', 10, counts(5, 2, 1, null))], status: 'pass', messageId: 'consistent', data: { total: 10 } },
    { name: '推荐表 without an other column: typed sum equals the total', records: [form('recommendation-form', 10, counts(5, 3, 2, null))], status: 'pass', messageId: 'consistent' },
    { name: 'named members counted once per unit', records: [form('proposal', 2, null), record('agreement', { members: fact([member('甲公司', 'enterprise'), member('甲 公司', 'enterprise'), member('乙大学', 'university')]) })], status: 'pass', messageId: 'consistent', data: { total: 2 } },

    // fail
    { name: 'typed sum one short of the total (other column present)', records: [form('proposal', 10, counts(5, 3, 1, 0))], status: 'fail', messageId: 'mismatch' },
    { name: 'typed sum one over the total', records: [form('proposal', 10, counts(5, 3, 2, 1))], status: 'fail', messageId: 'mismatch' },
    { name: '推荐表 without an other column: typed sum exceeds the total', records: [form('recommendation-form', 10, counts(6, 3, 2, null))], status: 'fail', messageId: 'mismatch' },
    { name: 'a partly blank breakdown is summed with blanks as 0', records: [form('proposal', 10, counts(5, null, 2, 0))], status: 'fail', messageId: 'mismatch' },
    { name: 'named members fewer than declared', records: [form('proposal', 10, counts(5, 3, 2, 0), 9)], status: 'fail', messageId: 'mismatch' },
    { name: 'two documents declare different totals', records: [form('proposal', 10, null), form('recommendation-form', 11, null)], status: 'fail', messageId: 'mismatch' },
    { name: 'a mismatch is reported even when something else is unreadable', records: [form('proposal', 10, counts(5, 3, 1, 0))], documents: [doc('broken.pdf', 'unknown', 'error')], status: 'fail', messageId: 'mismatch' },
    { name: 'no declared total anywhere', records: [record('agreement', { members: fact(members(10)) })], status: 'fail', messageId: 'noDeclared' },
    { name: 'no records at all', status: 'fail', messageId: 'noDeclared' },

    // unknown
    { name: 'declared total unreadable, nothing else declared', records: [record('proposal', { memberCountDeclared: fact(null, { status: 'unreadable' }) })], status: 'unknown', messageId: 'unreadable' },
    { name: 'declared total read with low confidence (0.5)', records: [record('proposal', { memberCountDeclared: fact(10, { confidence: 0.5 }) })], status: 'unknown', messageId: 'unreadable' },
    { name: 'no declared total and a file errored', records: [record('agreement', { members: fact(members(10)) })], documents: [doc('broken.pdf', 'unknown', 'error')], status: 'unknown', messageId: 'unreadable' },
    { name: 'no declared total and the only other file has no readable page', records: [record('agreement', { members: fact(members(10)) })], documents: [doc('scan.pdf', 'agreement', 'unreadable')], status: 'unknown', messageId: 'unreadable' },
    { name: 'no declared total and a file of unknown kind', records: [record('agreement', { members: fact(members(10)) })], documents: [doc('x.docx', 'unknown')], status: 'unknown', messageId: 'unreadable' },
    { name: 'consistent so far but a file errored', records: [form('proposal', 10, counts(5, 3, 2, 0), 10)], documents: [doc('proposal.docx', 'proposal'), doc('broken.pdf', 'unknown', 'error')], status: 'unknown', messageId: 'unreadable' },
    { name: 'consistent so far but one document’s total is unreadable', records: [form('proposal', 10, counts(5, 3, 2, 0)), record('recommendation-form', { memberCountDeclared: fact(null, { status: 'unreadable' }) })], status: 'unknown', messageId: 'unreadable' },
    { name: 'consistent so far but a member list is unreadable', records: [form('proposal', 10, counts(5, 3, 2, 0)), record('agreement', { members: fact(null, { status: 'unreadable' }) })], status: 'unknown', messageId: 'unreadable' },
    { name: 'breakdown by type unreadable', records: [record('proposal', { memberCountDeclared: fact(10), memberCountsByType: fact(counts(5, 3, 2, 0), { status: 'unreadable' }) })], status: 'unknown', messageId: 'unreadable' },
    { name: 'breakdown by type read with low confidence (0.5)', records: [record('proposal', { memberCountDeclared: fact(10), memberCountsByType: fact(counts(9, 9, 9, 9), { confidence: 0.5 }) })], status: 'unknown', messageId: 'unreadable' },
  ],
});
