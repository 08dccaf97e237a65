import condition from '../../../checks/conditions/members-min-count.js';
import { fact, member, members, testCondition } from './rule-tester.js';

const min10 = { min: 10 };

testCondition(condition, {
  cases: [
    // boundaries
    { name: 'min − 1 (9 of 10)', facts: { members: fact(members(9)) }, options: min10, status: 'fail', messageId: 'tooFew', data: { count: 9, min: 10, declaredNote: '' } },
    { name: 'exactly min (10 of 10)', facts: { members: fact(members(10)) }, options: min10, status: 'pass', messageId: 'enough', data: { count: 10, min: 10 } },
    { name: 'min + 1 (11 of 10)', facts: { members: fact(members(11)) }, options: min10, status: 'pass', messageId: 'enough', data: { count: 11, min: 10 } },

    // counting named units, not the declared number
    { name: 'a declared 10 does not make up for 9 named', facts: { members: fact(members(9)), memberCountDeclared: fact(10) }, options: min10, status: 'fail', messageId: 'tooFew', data: { count: 9 } },
    { name: 'a declared 9 does not lower 10 named', facts: { members: fact(members(10)), memberCountDeclared: fact(9) }, options: min10, status: 'pass', messageId: 'enough', data: { count: 10 } },
    { name: 'a unit listed twice counts once', facts: { members: fact([...members(9), member('测试成员单位1有限公司', 'enterprise')]) }, options: min10, status: 'fail', messageId: 'tooFew', data: { count: 9 } },
    { name: 'names differing only in spaces and bracket width are one unit', facts: { members: fact([...members(9), member('甲（河南）公司', 'enterprise'), member('甲(河南) 公司', 'enterprise')]) }, options: min10, status: 'pass', messageId: 'enough', data: { count: 10 } },
    { name: 'the minimum comes from the options', facts: { members: fact(members(3)) }, options: { min: 3 }, status: 'pass', messageId: 'enough', data: { count: 3, min: 3 } },

    // fail
    { name: 'member list absent', facts: { members: fact(null) }, options: min10, status: 'fail', messageId: 'none', data: { min: 10 } },
    { name: 'member list never extracted', options: min10, status: 'fail', messageId: 'none' },

    // unknown
    { name: 'member list unreadable', facts: { members: fact(null, { status: 'unreadable' }) }, options: min10, status: 'unknown', messageId: 'unreadable', data: { min: 10 } },
    { name: 'member list read with low confidence (0.59), even when long enough', facts: { members: fact(members(12), { confidence: 0.59 }) }, options: min10, status: 'unknown', messageId: 'unreadable' },
  ],
});
