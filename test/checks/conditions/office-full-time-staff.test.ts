import condition from '../../../checks/conditions/office-full-time-staff.js';
import { fact, testCondition } from './rule-tester.js';

const henan = { requireCount: true };
const gansu = { requireCount: false };

testCondition(condition, {
  cases: [
    // pass
    { name: 'a stated number of staff', facts: { fullTimeStaff: fact(3) }, options: henan, status: 'pass', messageId: 'staffed', data: { count: 3 } },
    { name: 'one full-time staff member (just above zero)', facts: { fullTimeStaff: fact(1) }, options: henan, status: 'pass', messageId: 'staffed', data: { count: 1 } },
    { name: 'a count is required by default', facts: { fullTimeStaff: fact(2) }, status: 'pass', messageId: 'staffed' },
    { name: 'a stated number wins over a mention', facts: { fullTimeStaff: fact(2), fullTimeStaffMentioned: fact(true) }, options: gansu, status: 'pass', messageId: 'staffed' },
    { name: 'a mention suffices when no count is required', facts: { fullTimeStaffMentioned: fact(true) }, options: gansu, status: 'pass', messageId: 'mentioned' },
    { name: 'a mention suffices when the count is unreadable and not required', facts: { fullTimeStaff: fact(null, { status: 'unreadable' }), fullTimeStaffMentioned: fact(true) }, options: gansu, status: 'pass', messageId: 'mentioned' },

    // fail
    { name: 'zero staff', facts: { fullTimeStaff: fact(0) }, options: henan, status: 'fail', messageId: 'zero' },
    { name: 'zero staff even when staff are mentioned', facts: { fullTimeStaff: fact(0), fullTimeStaffMentioned: fact(true) }, options: gansu, status: 'fail', messageId: 'zero' },
    { name: 'a mention does not count when a number is required', facts: { fullTimeStaffMentioned: fact(true) }, options: henan, status: 'fail', messageId: 'missing' },
    { name: 'staff absent', facts: { fullTimeStaff: fact(null) }, options: henan, status: 'fail', messageId: 'missing' },
    { name: 'nothing extracted', options: gansu, status: 'fail', messageId: 'missing' },
    { name: 'a mention read as false is no mention', facts: { fullTimeStaffMentioned: fact(false) }, options: gansu, status: 'fail', messageId: 'missing' },

    // unknown
    { name: 'staff count unreadable', facts: { fullTimeStaff: fact(null, { status: 'unreadable' }) }, options: henan, status: 'unknown', messageId: 'unreadable' },
    { name: 'staff count read with low confidence (0.5)', facts: { fullTimeStaff: fact(0, { confidence: 0.5 }) }, options: henan, status: 'unknown', messageId: 'unreadable' },
    { name: 'staff count unreadable, no mention, count not required', facts: { fullTimeStaff: fact(null, { status: 'unreadable' }) }, options: gansu, status: 'unknown', messageId: 'unreadable' },
  ],
});
