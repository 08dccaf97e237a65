import condition from '../../../checks/conditions/members-composition.js';
import { fact, member, members, testCondition } from './rule-tester.js';

const firm = member('甲科技有限公司', 'enterprise');
const uni = member('乙大学', 'university');
const inst = member('丙研究院', 'institute');
const assoc = member('丁协会', 'other');

testCondition(condition, {
  cases: [
    // pass
    { name: 'an enterprise and a university (default minimum 2)', facts: { members: fact([firm, uni]) }, status: 'pass', messageId: 'ok', data: { count: 2, enterprise: 1, university: 1, institute: 0, other: 0 } },
    { name: 'an enterprise and an institute', facts: { members: fact([firm, inst, assoc]) }, status: 'pass', messageId: 'ok', data: { count: 3, enterprise: 1, university: 0, institute: 1, other: 1 } },
    { name: 'exactly the minimum (3)', facts: { members: fact([firm, uni, inst]) }, options: { minMembers: 3 }, status: 'pass', messageId: 'ok', data: { count: 3 } },
    { name: 'one over the minimum (4)', facts: { members: fact([firm, uni, inst, assoc]) }, options: { minMembers: 3 }, status: 'pass', messageId: 'ok', data: { count: 4 } },

    // fail
    { name: 'one under the minimum (2 of 3)', facts: { members: fact([firm, uni]) }, options: { minMembers: 3 }, status: 'fail', messageId: 'tooFew', data: { count: 2 } },
    { name: 'a single member', facts: { members: fact([firm]) }, status: 'fail', messageId: 'tooFew', data: { count: 1 } },
    { name: 'no enterprise', facts: { members: fact([uni, inst]) }, status: 'fail', messageId: 'noEnterprise' },
    { name: 'no university or institute', facts: { members: fact([firm, ...members(3), assoc]) }, status: 'fail', messageId: 'noResearch' },
    { name: 'member list absent', facts: { members: fact(null) }, status: 'fail', messageId: 'none' },
    { name: 'member list never extracted', status: 'fail', messageId: 'none' },
    // The same unit listed twice is one legal person (members.min-count counts by unitKey too).
    { name: 'a unit listed twice counts once', facts: { members: fact([firm, member('甲科技有限公司', 'enterprise'), uni]) }, options: { minMembers: 3 }, status: 'fail', messageId: 'tooFew', data: { count: 2 } },

    // unknown
    { name: 'member list unreadable', facts: { members: fact(null, { status: 'unreadable' }) }, status: 'unknown', messageId: 'none' },
    { name: 'member list read with low confidence (0.5)', facts: { members: fact([firm, uni], { confidence: 0.5 }) }, status: 'unknown', messageId: 'none' },
  ],
});
