import condition from '../../../checks/conditions/application-goal-length.js';
import { fact, testCondition } from './rule-tester.js';

const max500 = { max: 500 };
const chars = (n: number) => '目'.repeat(n);

testCondition(condition, {
  cases: [
    // pass
    { name: 'exactly 500 characters (以内 includes the limit)', facts: { technicalGoal: fact(chars(500)) }, options: max500, status: 'pass', messageId: 'ok', data: { length: 500, max: 500 } },
    { name: 'short goal', facts: { technicalGoal: fact('形成产业技术标准3项') }, options: max500, status: 'pass', messageId: 'ok', data: { length: 10, max: 500 } },
    { name: 'whitespace and line breaks are not counted', facts: { technicalGoal: fact(`${chars(250)} \n\t　${chars(250)}\n`) }, options: max500, status: 'pass', messageId: 'ok', data: { length: 500 } },
    { name: 'zero-width characters are not counted', facts: { technicalGoal: fact(`${chars(500)}\u200B\uFEFF`) }, options: max500, status: 'pass', messageId: 'ok', data: { length: 500 } },
    { name: 'the limit comes from the options', facts: { technicalGoal: fact(chars(200)) }, options: { max: 200 }, status: 'pass', messageId: 'ok', data: { length: 200, max: 200 } },
    { name: 'confidence exactly at the minimum (0.6) is usable', facts: { technicalGoal: fact(chars(10), { confidence: 0.6 }) }, options: max500, status: 'pass', messageId: 'ok' },

    // fail
    { name: '501 characters (one over)', facts: { technicalGoal: fact(chars(501)) }, options: max500, status: 'fail', messageId: 'tooLong', data: { length: 501, max: 500 } },
    { name: 'astral characters count once each', facts: { technicalGoal: fact('𠀀'.repeat(201)) }, options: { max: 200 }, status: 'fail', messageId: 'tooLong', data: { length: 201, max: 200 } },
    { name: 'goal absent from a well-read form', facts: { technicalGoal: fact(null) }, options: max500, status: 'fail', messageId: 'missing' },
    { name: 'goal never extracted', options: max500, status: 'fail', messageId: 'missing' },

    // unknown
    { name: 'goal unreadable', facts: { technicalGoal: fact(null, { status: 'unreadable' }) }, options: max500, status: 'unknown', messageId: 'unreadable' },
    { name: 'goal read with low confidence (0.59), even when short', facts: { technicalGoal: fact(chars(10), { confidence: 0.59 }) }, options: max500, status: 'unknown', messageId: 'unreadable' },
    { name: 'an unreadable over-long goal is not failed', facts: { technicalGoal: fact(chars(900), { status: 'unreadable', confidence: 0.3 }) }, options: max500, status: 'unknown', messageId: 'unreadable' },
  ],
});
