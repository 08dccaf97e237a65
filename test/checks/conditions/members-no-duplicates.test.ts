import condition from '../../../checks/conditions/members-no-duplicates.js';
import { creditCodeCheckChar } from '../../../src/text/credit-code.js';
import { doc, fact, member, members, record, testCondition } from './rule-tester.js';

const CODE = `91410100MA44ABCD1${creditCodeCheckChar('91410100MA44ABCD1')}`;
const OTHER_CODE = `91410100MA44ABCD2${creditCodeCheckChar('91410100MA44ABCD2')}`;
const agreement = (list: ReturnType<typeof members>) => record('agreement', { members: fact(list) });

testCondition(condition, {
  cases: [
    // pass
    { name: 'distinct units', records: [agreement(members(5))], status: 'pass', messageId: 'ok' },
    { name: 'the same unit in two different lists is not a duplicate', records: [record('agreement', { members: fact(members(3)), agreementParties: fact(members(3)) })], status: 'pass', messageId: 'ok' },
    { name: 'the same unit in two documents is not a duplicate', records: [agreement(members(3)), record('application-form', { members: fact(members(3)) })], status: 'pass', messageId: 'ok' },
    { name: 'different names, different codes', records: [agreement([member('甲公司', 'enterprise', { creditCode: CODE }), member('乙公司', 'enterprise', { creditCode: OTHER_CODE })])], status: 'pass', messageId: 'ok' },

    // fail
    { name: 'the same name twice', records: [agreement([...members(3), member('测试成员单位2有限公司', 'enterprise')])], status: 'fail', messageId: 'duplicates', data: { names: ['测试成员单位2有限公司'] } },
    { name: 'names differing only in spaces and bracket width', records: [agreement([member('甲（河南）公司', 'enterprise'), member('甲(河南) 公司', 'enterprise')])], status: 'fail', messageId: 'duplicates', data: { names: ['甲(河南) 公司'] } },
    { name: 'the same credit code under different names', records: [agreement([member('甲公司', 'enterprise', { creditCode: CODE }), member('甲有限责任公司', 'enterprise', { creditCode: CODE })])], status: 'fail', messageId: 'duplicates', data: { names: ['甲有限责任公司'] } },
    { name: 'a duplicate among agreement parties', records: [record('agreement', { agreementParties: fact([member('甲公司', 'enterprise'), member('甲公司', 'enterprise')]) })], status: 'fail', messageId: 'duplicates', data: { names: ['甲公司'] } },
    { name: 'a unit listed three times is named once', records: [agreement([member('甲公司', 'enterprise'), member('甲公司', 'enterprise'), member('甲公司', 'enterprise')])], status: 'fail', messageId: 'duplicates', data: { names: ['甲公司'] } },

    // unknown: an unreadable list may hold duplicates; "not applicable" would be a silent pass.
    { name: 'no member list read: nothing shows there are no repeats', records: [record('agreement', {})], status: 'unknown', messageId: 'none' },
    { name: 'member lists absent from a readable document', records: [record('agreement', { members: fact(null), agreementParties: fact(null) })], documents: [doc('agreement.docx', 'agreement')], status: 'unknown', messageId: 'none' },
    { name: 'a repeat that only an OCR reading shows', records: [agreement([{ ...member('甲公司', 'enterprise'), confidence: 0.9 }, { ...member('甲公司', 'enterprise'), confidence: 0.9 }])], status: 'unknown', messageId: 'unreadable' },
    { name: 'member list unreadable', records: [record('agreement', { members: fact(null, { status: 'unreadable' }), agreementParties: fact(null, { status: 'unreadable' }) })], documents: [doc('agreement.pdf', 'agreement', 'partial')], status: 'unknown', messageId: 'unreadable' },
  ],
});
