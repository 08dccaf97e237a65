import condition from '../../../checks/conditions/ip-agreement.js';
import { doc, fact, testCondition } from './rule-tester.js';

const clauses = (ownership: boolean, licensing: boolean, revenueSharing: boolean, liability: boolean) => fact({ ownership, licensing, revenueSharing, liability });
const goodDocs = [doc('agreement.docx', 'agreement'), doc('charter.docx', 'charter')];

testCondition(condition, {
  cases: [
    // pass
    { name: 'all four parts agreed', facts: { ipClauses: clauses(true, true, true, true) }, documents: goodDocs, status: 'pass', messageId: 'ok' },
    { name: 'all four parts agreed, even with an unreadable charter', facts: { ipClauses: clauses(true, true, true, true) }, documents: [doc('agreement.docx', 'agreement'), doc('charter.pdf', 'charter', 'partial')], status: 'pass', messageId: 'ok' },

    // fail
    { name: 'no liability for breach', facts: { ipClauses: clauses(true, true, true, false) }, documents: goodDocs, status: 'fail', messageId: 'missing', data: { missing: ['违约责任'] } },
    { name: 'only ownership agreed', facts: { ipClauses: clauses(true, false, false, false) }, documents: goodDocs, status: 'fail', messageId: 'missing', data: { missing: ['许可使用', '转化收益分配', '违约责任'] } },
    { name: 'IP clauses absent from well-read documents', facts: { ipClauses: fact(null) }, documents: goodDocs, status: 'fail', messageId: 'missing', data: { missing: ['知识产权权利归属', '许可使用', '转化收益分配', '违约责任'] } },
    { name: 'IP clauses never extracted', documents: goodDocs, status: 'fail', messageId: 'missing' },

    // unknown
    { name: 'parts missing and the agreement partly unreadable', facts: { ipClauses: clauses(true, true, false, false) }, documents: [doc('agreement.pdf', 'agreement', 'partial'), doc('charter.docx', 'charter')], status: 'unknown', messageId: 'unreadable', data: { missing: ['转化收益分配', '违约责任'] } },
    { name: 'parts missing and the charter unreadable', facts: { ipClauses: fact(null) }, documents: [doc('agreement.docx', 'agreement'), doc('charter.pdf', 'charter', 'unreadable')], status: 'unknown', messageId: 'unreadable' },
    // The pipeline (markIncomplete) turns absent facts into unreadable ones when some file could not be read.
    { name: 'IP clauses unreadable because another file could not be read', facts: { ipClauses: fact(null, { status: 'unreadable', file: 'broken.pdf' }) }, documents: [...goodDocs, doc('broken.pdf', 'unknown', 'error')], status: 'unknown', messageId: 'unreadable' },
    { name: 'IP clauses read with low confidence (0.5)', facts: { ipClauses: fact({ ownership: true, licensing: true, revenueSharing: true, liability: true }, { confidence: 0.5 }) }, documents: goodDocs, status: 'unknown', messageId: 'unreadable' },
  ],
});
