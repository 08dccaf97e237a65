import condition from '../../../checks/conditions/members-credit-code-valid.js';
import type { CodeMention } from '../../../src/model/facts.js';
import { creditCodeCheckChar, isValidCreditCode } from '../../../src/text/credit-code.js';
import { doc, fact, member, testCondition } from './rule-tester.js';

/** A valid credit code from its first 17 characters. */
const code = (first17: string) => `${first17}${creditCodeCheckChar(first17)}`;
const GOOD_1 = code('91410100MA44ABCD1'); // …F
const GOOD_2 = code('12410000415800000'); // …T
const BAD = '91410100MA44ABCD1G'; // check character should be F

/** A code as a document states it (born-digital unless a confidence is given). */
const said = (c: string, file = '协议书.docx', confidence?: number): CodeMention => ({
  code: c.toUpperCase(),
  valid: isValidCreditCode(c),
  evidence: { file, ref: '/blocks/1', quote: c },
  ...(confidence !== undefined ? { confidence } : {}),
});
const withCode = (name: string, creditCode: string) => member(name, 'enterprise', { creditCode });

testCondition(condition, {
  cases: [
    // pass
    { name: 'every stated code valid', facts: { creditCodes: fact([said(GOOD_1), said(GOOD_2)]) }, status: 'pass', messageId: 'ok', data: { count: 2 } },
    { name: 'a lower-case code is valid', facts: { creditCodes: fact([said(GOOD_1.toLowerCase())]) }, status: 'pass', messageId: 'ok', data: { count: 1 } },
    { name: 'a code stated in two documents is checked once', facts: { creditCodes: fact([said(GOOD_1), said(GOOD_1, '可行性研究报告.pdf')]) }, status: 'pass', messageId: 'ok', data: { count: 1 } },
    { name: 'an OCR misreading of a code a born-digital document states correctly is not a finding', facts: { creditCodes: fact([said(GOOD_1), said(`${GOOD_1.slice(0, 12)}Q${GOOD_1.slice(13)}`, '协议（扫描件）.pdf', 0.9)]) }, status: 'pass', messageId: 'ok', data: { count: 1 } },
    { name: 'a member list that states no codes: nothing to check', facts: { members: fact([member('甲公司', 'enterprise')]) }, status: 'pass', messageId: 'none' },
    {
      name: 'a file unread, but every member’s code was read and passes',
      facts: { creditCodes: fact([said(GOOD_1), said(GOOD_2)]), members: fact([withCode('甲公司', GOOD_1), withCode('乙大学', GOOD_2)]) },
      documents: [doc('协议书.docx', 'agreement'), doc('可研.pdf', 'unknown', 'error')],
      status: 'pass',
      messageId: 'ok',
    },

    // fail: any invalid code in any readable document, not only in the member list read
    { name: 'a wrong check character', facts: { creditCodes: fact([said(GOOD_1), said(BAD)]) }, status: 'fail', messageId: 'invalid', data: { codes: [`${BAD}（协议书.docx）`] } },
    { name: 'an invalid code in a document whose member list was not read', facts: { creditCodes: fact([said(BAD, '建议书.docx')]), members: fact([withCode('甲公司', GOOD_1)]) }, status: 'fail', messageId: 'invalid' },

    // unknown: nothing read cannot pass
    { name: 'no member list and no code read', status: 'unknown', messageId: 'unreadable' },
    { name: 'a failing code read by OCR alone may be a misreading', facts: { creditCodes: fact([said(BAD, '协议（扫描件）.pdf', 0.9)]) }, status: 'unknown', messageId: 'ocrSuspect' },
    { name: 'member lists unreadable', facts: { members: fact(null, { status: 'unreadable' }) }, status: 'unknown', messageId: 'unreadable' },
    {
      name: 'a file unread and a member’s code not among those read',
      facts: { creditCodes: fact([said(GOOD_1)]), members: fact([withCode('甲公司', GOOD_1), member('乙大学', 'university')]) },
      documents: [doc('协议书.docx', 'agreement'), doc('可研.pdf', 'unknown', 'error')],
      status: 'unknown',
      messageId: 'unreadable',
    },
  ],
});
