import { z } from 'zod';
import { defineCondition, use } from '../../src/engine/condition.js';
import { countChars } from '../../src/text/length.js';

/** application.goal-length: the 技术创新目标 answer is filled in and within {max} characters. */
export default defineCondition({
  meta: {
    id: 'application.goal-length',
    title: '技术创新目标字数',
    description: 'The technical innovation goal text is present and at most `max` characters (whitespace excluded).',
    messages: {
      ok: '技术创新目标 {{length}} 字（限 {{max}} 字）',
      tooLong: '技术创新目标 {{length}} 字，超过限定的 {{max}} 字',
      missing: '申请表未填写技术创新目标',
      unreadable: '技术创新目标所在页面无法可靠读取，需人工核实',
    },
    options: z.object({ max: z.number().int().positive() }),
  },
  check({ facts, options }) {
    const goal = use(facts.technicalGoal);
    if (goal.state === 'unreadable') return { status: 'unknown', messageId: 'unreadable', evidence: goal.fact.evidence };
    if (goal.state === 'missing') return { status: 'fail', messageId: 'missing', evidence: goal.fact?.evidence ?? [] };
    const length = countChars(goal.value);
    const data = { length, max: options.max };
    return length <= options.max
      ? { status: 'pass', messageId: 'ok', data, evidence: goal.fact.evidence, seen: { length } }
      : { status: 'fail', messageId: 'tooLong', data, evidence: goal.fact.evidence, seen: { length } };
  },
});
