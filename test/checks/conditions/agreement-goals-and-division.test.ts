import condition from '../../../checks/conditions/agreement-goals-and-division.js';
import { doc, fact, record, testCondition } from './rule-tester.js';

const agreementDoc = doc('agreement.docx', 'agreement');
const both = { hasGoals: fact(true), hasTaskDivision: fact(true) };

testCondition(condition, {
  cases: [
    // pass
    { name: 'goals and division both stated', records: [record('agreement', both)], documents: [agreementDoc], status: 'pass', messageId: 'both' },
    {
      name: 'goals in one agreement record, division in another',
      records: [record('agreement', { hasGoals: fact(true), hasTaskDivision: fact(null) }, 'a.docx'), record('agreement', { hasGoals: fact(null), hasTaskDivision: fact(true) }, 'b.docx')],
      documents: [doc('a.docx', 'agreement'), doc('b.docx', 'agreement')],
      status: 'pass',
      messageId: 'both',
    },
    { name: 'a clause in the charter does not count for the agreement', records: [record('charter', both), record('agreement', {})], documents: [agreementDoc], status: 'fail', messageId: 'missing', data: { missing: ['技术创新目标', '成员任务分工'] } },

    // fail
    { name: 'goals absent from a well-read agreement', records: [record('agreement', { hasGoals: fact(null), hasTaskDivision: fact(true) })], documents: [agreementDoc], status: 'fail', messageId: 'missing', data: { missing: ['技术创新目标'] } },
    { name: 'division absent from a well-read agreement', records: [record('agreement', { hasGoals: fact(true), hasTaskDivision: fact(null) })], documents: [agreementDoc], status: 'fail', messageId: 'missing', data: { missing: ['成员任务分工'] } },
    { name: 'neither fact extracted at all', records: [record('agreement', {})], documents: [agreementDoc], status: 'fail', messageId: 'missing', data: { missing: ['技术创新目标', '成员任务分工'] } },
    { name: 'no agreement among the documents', records: [record('proposal', both)], documents: [doc('proposal.docx', 'proposal')], status: 'fail', messageId: 'noAgreement' },
    { name: 'no documents at all', status: 'fail', messageId: 'noAgreement' },
    // A boolean fact read as false says the agreement does NOT state goals.
    { name: 'hasGoals read as false is not a stated goal', records: [record('agreement', { hasGoals: fact(false), hasTaskDivision: fact(true) })], documents: [agreementDoc], status: 'fail', messageId: 'missing', data: { missing: ['技术创新目标'] } },

    // unknown
    { name: 'no agreement record but a file could not be read', documents: [doc('broken.pdf', 'unknown', 'error')], status: 'unknown', messageId: 'notRead', data: { where: ['broken.pdf'] } },
    { name: 'no agreement record but a file could not be classified', documents: [doc('scan.pdf', 'unknown', 'good')], status: 'unknown', messageId: 'notRead', data: { where: ['scan.pdf'] } },
    { name: 'goals not found in a partially readable agreement', records: [record('agreement', { hasGoals: fact(null), hasTaskDivision: fact(true) })], documents: [doc('agreement.docx', 'agreement', 'partial')], status: 'unknown', messageId: 'unreadable', data: { missing: ['技术创新目标'] } },
    { name: 'goals fact unreadable', records: [record('agreement', { hasGoals: fact(null, { status: 'unreadable' }), hasTaskDivision: fact(true) })], documents: [agreementDoc], status: 'unknown', messageId: 'unreadable', data: { missing: ['技术创新目标'] } },
    { name: 'goals fact read with low confidence (0.5)', records: [record('agreement', { hasGoals: fact(true, { confidence: 0.5 }), hasTaskDivision: fact(true) })], documents: [agreementDoc], status: 'unknown', messageId: 'unreadable', data: { missing: ['技术创新目标'] } },
  ],
});
