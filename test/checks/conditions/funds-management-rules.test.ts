import condition from '../../../checks/conditions/funds-management-rules.js';
import { fact, testCondition } from './rule-tester.js';

const supervised = { requireSupervision: true };

testCondition(condition, {
  cases: [
    // pass
    { name: 'fund rules present, supervision not required (default)', facts: { hasFundRules: fact(true) }, status: 'pass', messageId: 'present' },
    { name: 'supervision ignored when not required', facts: { hasFundRules: fact(true), fundSupervision: fact(null) }, options: { requireSupervision: false }, status: 'pass', messageId: 'present' },
    { name: 'fund rules and supervision when required', facts: { hasFundRules: fact(true), fundSupervision: fact(true) }, options: supervised, status: 'pass', messageId: 'presentSupervised' },

    // fail
    { name: 'fund rules absent', facts: { hasFundRules: fact(null) }, status: 'fail', messageId: 'missing' },
    { name: 'fund rules never extracted', status: 'fail', messageId: 'missing' },
    { name: 'form box ticked 无 (false)', facts: { hasFundRules: fact(false) }, status: 'fail', messageId: 'missing' },
    { name: 'supervision required but absent', facts: { hasFundRules: fact(true), fundSupervision: fact(null) }, options: supervised, status: 'fail', messageId: 'noSupervision' },
    { name: 'supervision required but read as false', facts: { hasFundRules: fact(true), fundSupervision: fact(false) }, options: supervised, status: 'fail', messageId: 'noSupervision' },
    { name: 'supervision required, never extracted', facts: { hasFundRules: fact(true) }, options: supervised, status: 'fail', messageId: 'noSupervision' },

    // unknown
    { name: 'fund rules unreadable', facts: { hasFundRules: fact(null, { status: 'unreadable' }) }, status: 'unknown', messageId: 'unreadable' },
    { name: 'fund rules read with low confidence (0.4)', facts: { hasFundRules: fact(true, { confidence: 0.4 }) }, status: 'unknown', messageId: 'unreadable' },
    { name: 'supervision unreadable when required', facts: { hasFundRules: fact(true), fundSupervision: fact(null, { status: 'unreadable' }) }, options: supervised, status: 'unknown', messageId: 'unreadable' },
    { name: 'supervision read with low confidence when required', facts: { hasFundRules: fact(true), fundSupervision: fact(true, { confidence: 0.59 }) }, options: supervised, status: 'unknown', messageId: 'unreadable' },
  ],
});
