import condition from '../../../checks/conditions/members-credit-code-valid.js';
import { creditCodeCheckChar } from '../../../src/text/credit-code.js';
import { fact, member, testCondition } from './rule-tester.js';

/** A valid credit code from its first 17 characters. */
const code = (first17: string) => `${first17}${creditCodeCheckChar(first17)}`;
const GOOD_1 = code('91410100MA44ABCD1'); // …F
const GOOD_2 = code('12410000415800000'); // …T
const BAD = '91410100MA44ABCD1G'; // check character should be F

const withCode = (name: string, creditCode: string) => member(name, 'enterprise', { creditCode });
const scanned = (name: string, creditCode: string) => ({ ...withCode(name, creditCode), confidence: 0.9 });

testCondition(condition, {
  cases: [
    // pass
    { name: 'all codes valid', facts: { members: fact([withCode('甲公司', GOOD_1), withCode('乙大学', GOOD_2)]) }, status: 'pass', messageId: 'ok', data: { count: 2 } },
    { name: 'a lower-case code is valid', facts: { members: fact([withCode('甲公司', GOOD_1.toLowerCase())]) }, status: 'pass', messageId: 'ok', data: { count: 1 } },
    { name: 'members without codes are skipped', facts: { members: fact([withCode('甲公司', GOOD_1), member('乙大学', 'university')]) }, status: 'pass', messageId: 'ok', data: { count: 1 } },
    { name: 'the same unit in members and agreement parties is checked once', facts: { members: fact([withCode('甲公司', GOOD_1)]), agreementParties: fact([withCode('甲公司', GOOD_1)]) }, status: 'pass', messageId: 'ok', data: { count: 1 } },
    { name: 'agreement parties are checked too', facts: { agreementParties: fact([withCode('甲公司', GOOD_1), withCode('乙公司', GOOD_2)]) }, status: 'pass', messageId: 'ok', data: { count: 2 } },
    { name: 'no codes stated (not applicable)', facts: { members: fact([member('甲公司', 'enterprise')]) }, status: 'pass', messageId: 'none' },
    { name: 'no member lists (not applicable)', status: 'pass', messageId: 'none' },

    // fail
    { name: 'a wrong check character', facts: { members: fact([withCode('甲公司', GOOD_1), withCode('乙公司', BAD)]) }, status: 'fail', messageId: 'invalid', data: { codes: [`乙公司 ${BAD}`] } },
    { name: 'a code one character short', facts: { members: fact([withCode('甲公司', GOOD_1.slice(0, 17))]) }, status: 'fail', messageId: 'invalid' },
    { name: 'a code with a letter outside the charset (O)', facts: { members: fact([withCode('甲公司', `${GOOD_1.slice(0, 10)}O${GOOD_1.slice(11)}`)]) }, status: 'fail', messageId: 'invalid' },
    { name: 'an invalid code among agreement parties', facts: { members: fact([withCode('甲公司', GOOD_1)]), agreementParties: fact([withCode('乙公司', BAD)]) }, status: 'fail', messageId: 'invalid', data: { codes: [`乙公司 ${BAD}`] } },

    // unknown: a member list that could not be read may hold codes; "not applicable" would be a silent pass.
    { name: 'a failing code read by OCR may be a misreading', facts: { agreementParties: fact([scanned('乙公司', BAD)]) }, status: 'unknown', messageId: 'ocrSuspect' },
    { name: 'an OCR misreading of a code a born-digital form states correctly is not a finding', facts: { members: fact([withCode('乙公司', GOOD_1)]), agreementParties: fact([scanned('乙公司', BAD)]) }, status: 'pass', messageId: 'ok' },
    { name: 'member lists unreadable', facts: { members: fact(null, { status: 'unreadable' }), agreementParties: fact(null, { status: 'unreadable' }) }, status: 'unknown', messageId: 'unreadable' },
  ],
});
