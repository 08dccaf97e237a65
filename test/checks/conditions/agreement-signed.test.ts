import condition from '../../../checks/conditions/agreement-signed.js';
import type { SignatureRow } from '../../../src/model/member.js';
import { doc, ev, fact, member, record, testCondition } from './rule-tester.js';

function row(name: string, signed: SignatureRow['signed']): SignatureRow {
  return { name, signed, evidence: [ev('agreement.docx', name)] };
}

const A = '甲科技有限公司';
const B = '乙大学';
const C = '丙研究院';
const listed = { members: fact([member(A, 'enterprise'), member(B, 'university'), member(C, 'institute')]) };
const agreementDoc = doc('agreement.docx', 'agreement');
const withRows = (rows: SignatureRow[]) => [record('agreement', { signatureRows: fact(rows) })];

testCondition(condition, {
  cases: [
    // pass
    { name: 'every listed member signed', facts: listed, records: withRows([row(A, 'yes'), row(B, 'yes'), row(C, 'yes')]), documents: [agreementDoc], status: 'pass', messageId: 'allSigned', data: { signed: 3 } },
    { name: 'a member listed twice is counted once', facts: { members: fact([member(A, 'enterprise'), member(A, 'enterprise'), member(B, 'university')]) }, records: withRows([row(A, 'yes'), row(B, 'yes')]), documents: [agreementDoc], status: 'pass', messageId: 'allSigned', data: { signed: 2 } },
    { name: 'row names match members despite spaces and full-width brackets', facts: { members: fact([member('丁（河南）科技有限公司', 'enterprise')]) }, records: withRows([row('丁(河南) 科技有限公司', 'yes')]), documents: [agreementDoc], status: 'pass', messageId: 'allSigned', data: { signed: 1 } },
    { name: 'without a usable member list the rows themselves are the parties', records: withRows([row(A, 'yes'), row(B, 'yes')]), documents: [agreementDoc], status: 'pass', messageId: 'allSigned', data: { signed: 2 } },
    {
      name: 'the found signature rows are used when an earlier agreement record has none',
      facts: listed,
      records: [record('agreement', { signatureRows: fact(null) }, 'a.docx'), record('agreement', { signatureRows: fact([row(A, 'yes'), row(B, 'yes'), row(C, 'yes')]) }, 'b.docx')],
      documents: [doc('a.docx', 'agreement'), doc('b.docx', 'agreement')],
      status: 'pass',
      messageId: 'allSigned',
    },

    // fail
    { name: 'one member did not sign', facts: listed, records: withRows([row(A, 'yes'), row(B, 'no'), row(C, 'yes')]), documents: [agreementDoc], status: 'fail', messageId: 'unsigned', data: { names: [B] } },
    { name: 'one member is missing from the signature page', facts: listed, records: withRows([row(A, 'yes'), row(B, 'yes')]), documents: [agreementDoc], status: 'fail', messageId: 'notOnPage', data: { names: [C] } },
    { name: 'unsigned wins over missing from the page and over uncertain rows', facts: listed, records: withRows([row(A, 'no'), row(B, 'unknown')]), documents: [agreementDoc], status: 'fail', messageId: 'unsigned', data: { names: [A] } },
    { name: 'missing from the page wins over an uncertain row', facts: listed, records: withRows([row(A, 'yes'), row(B, 'unknown')]), documents: [agreementDoc], status: 'fail', messageId: 'notOnPage', data: { names: [C] } },
    { name: 'no signature page in a well-read agreement', facts: listed, records: [record('agreement', { signatureRows: fact(null) })], documents: [agreementDoc], status: 'fail', messageId: 'noPage' },
    { name: 'signature rows never extracted', facts: listed, records: [record('agreement', {})], documents: [agreementDoc], status: 'fail', messageId: 'noPage' },
    { name: 'no agreement submitted', facts: listed, records: [record('proposal', {})], documents: [doc('proposal.docx', 'proposal')], status: 'fail', messageId: 'noAgreement' },

    // unknown
    { name: 'a row whose seal could not be seen', facts: listed, records: withRows([row(A, 'yes'), row(B, 'yes'), row(C, 'unknown')]), documents: [agreementDoc], status: 'unknown', messageId: 'unreadable', data: { where: C } },
    { name: 'signature rows unreadable', facts: listed, records: [record('agreement', { signatureRows: fact(null, { status: 'unreadable', file: 'agreement.pdf' }) })], documents: [doc('agreement.pdf', 'agreement', 'partial')], status: 'unknown', messageId: 'unreadable', data: { where: 'agreement.pdf' } },
    { name: 'signature rows read with low confidence (0.59)', facts: listed, records: [record('agreement', { signatureRows: fact([row(A, 'yes'), row(B, 'yes'), row(C, 'yes')], { confidence: 0.59 }) })], documents: [agreementDoc], status: 'unknown', messageId: 'unreadable' },
    { name: 'no signature page found in a partially readable agreement', facts: listed, records: [record('agreement', { signatureRows: fact(null) })], documents: [doc('agreement.pdf', 'agreement', 'partial')], status: 'unknown', messageId: 'unreadable' },
    { name: 'no agreement record but a file could not be read', documents: [doc('broken.pdf', 'unknown', 'error')], status: 'unknown', messageId: 'notRead', data: { where: ['broken.pdf'] } },
  ],
});
