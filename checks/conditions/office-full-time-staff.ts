import { z } from 'zod';
import { defineCondition, use } from '../../src/engine/condition.js';

/** office.full-time-staff: the executive body (秘书处 / 办公室) has full-time staff. */
export default defineCondition({
  meta: {
    id: 'office.full-time-staff',
    title: '执行机构配备专职人员',
    description: 'The executive body has full-time staff: a stated number above zero, or (when `requireCount` is false) a clause providing for them.',
    messages: {
      staffed: '执行机构配备专职人员 {{count}} 人',
      mentioned: '章程或协议规定执行机构配备专职人员（未写明人数）',
      zero: '执行机构专职人员为 0 人',
      missing: '未找到执行机构专职人员的情况',
      unreadable: '专职人员情况所在页面无法可靠读取，需人工核实',
    },
    options: z.object({ requireCount: z.boolean().default(true) }),
  },
  check({ facts, options }) {
    const staff = use(facts.fullTimeStaff);
    if (staff.state === 'usable') {
      return staff.value > 0
        ? { status: 'pass', messageId: 'staffed', data: { count: staff.value }, evidence: staff.fact.evidence, seen: { fullTimeStaff: staff.value } }
        : { status: 'fail', messageId: 'zero', evidence: staff.fact.evidence, seen: { fullTimeStaff: 0 } };
    }
    const mentioned = use(facts.fullTimeStaffMentioned);
    if (!options.requireCount && mentioned.state === 'usable' && mentioned.value === true) return { status: 'pass', messageId: 'mentioned', evidence: mentioned.fact.evidence };
    if (staff.state === 'unreadable') return { status: 'unknown', messageId: 'unreadable', evidence: staff.fact.evidence };
    return { status: 'fail', messageId: 'missing', evidence: staff.fact?.evidence ?? [] };
  },
});
