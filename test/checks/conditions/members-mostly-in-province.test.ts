import condition from '../../../checks/conditions/members-mostly-in-province.js';
import { fact, member, members, testCondition } from './rule-tester.js';

const henan = { province: '河南', share: 0.5 };
const list = (inside: number, outside: number, unknown = 0) => [
  ...members(inside, 'enterprise', { province: '河南', prefix: '省内' }),
  ...members(outside, 'enterprise', { province: '北京', prefix: '省外' }),
  ...members(unknown, 'enterprise', { prefix: '未知' }),
];

testCondition(condition, {
  cases: [
    // boundaries at share 0.5 ("以…为主": more than the share)
    { name: 'exactly the share (2 of 4) is not mostly', facts: { members: fact(list(2, 2)) }, options: henan, status: 'fail', messageId: 'notMostly', data: { count: 4, inside: 2, percent: 50 } },
    { name: 'just over the share (3 of 5)', facts: { members: fact(list(3, 2)) }, options: henan, status: 'pass', messageId: 'mostly', data: { count: 5, inside: 3, percent: 60 } },
    { name: 'just under the share (4 of 9)', facts: { members: fact(list(4, 5)) }, options: henan, status: 'fail', messageId: 'notMostly', data: { count: 9, inside: 4, percent: 44 } },
    { name: 'share defaults to 0.5', facts: { members: fact(list(2, 2)) }, options: { province: '河南' }, status: 'fail', messageId: 'notMostly' },
    { name: 'a higher share from the options (0.7), 7 of 10 is not more', facts: { members: fact(list(7, 3)) }, options: { province: '河南', share: 0.7 }, status: 'fail', messageId: 'notMostly', data: { percent: 70 } },
    { name: 'a higher share from the options (0.7), 8 of 10 is more', facts: { members: fact(list(8, 2)) }, options: { province: '河南', share: 0.7 }, status: 'pass', messageId: 'mostly' },
    { name: 'all members in the province', facts: { members: fact(list(10, 0)) }, options: henan, status: 'pass', messageId: 'mostly', data: { percent: 100 } },
    { name: 'the province name must match exactly', facts: { members: fact([member('甲公司', 'enterprise', { province: '河南' }), member('乙公司', 'enterprise', { province: '甘肃' }), member('丙公司', 'enterprise', { province: '甘肃' })]) }, options: henan, status: 'fail', messageId: 'notMostly', data: { inside: 1 } },

    // unknown province of some members
    { name: 'undetermined members could tip the balance', facts: { members: fact(list(2, 2, 1)) }, options: henan, status: 'unknown', messageId: 'undetermined', data: { count: 5, inside: 2, unknown: 1 } },
    { name: 'undetermined members cannot tip the balance', facts: { members: fact(list(1, 3, 1)) }, options: henan, status: 'fail', messageId: 'notMostly', data: { inside: 1, unknown: 1 } },
    { name: 'undetermined members do not matter once the share is reached', facts: { members: fact(list(3, 0, 2)) }, options: henan, status: 'pass', messageId: 'mostly' },

    // fail
    { name: 'member list absent', facts: { members: fact(null) }, options: henan, status: 'fail', messageId: 'none' },
    { name: 'member list never extracted', options: henan, status: 'fail', messageId: 'none' },
    { name: 'an empty member list is no member list (no NaN percent)', facts: { members: fact([]) }, options: henan, status: 'fail', messageId: 'none' },
    // The same unit named twice must not inflate the in-province share (1 of 2 distinct units is not more than half).
    { name: 'a unit listed twice counts once', facts: { members: fact([member('省内甲公司', 'enterprise', { province: '河南' }), member('省内甲公司', 'enterprise', { province: '河南' }), member('省外乙公司', 'enterprise', { province: '北京' })]) }, options: henan, status: 'fail', messageId: 'notMostly', data: { count: 2, inside: 1 } },

    // unknown
    { name: 'member list unreadable', facts: { members: fact(null, { status: 'unreadable' }) }, options: henan, status: 'unknown', messageId: 'none' },
    { name: 'member list read with low confidence (0.5)', facts: { members: fact(list(5, 0), { confidence: 0.5 }) }, options: henan, status: 'unknown', messageId: 'none' },
  ],
});
