import { z } from 'zod';
import { defineCondition, use } from '../../src/engine/condition.js';
import { unitKey } from '../../src/text/organizations.js';

/** members.min-count: the alliance names at least {min} member units (named units are counted, not the declared number). */
export default defineCondition({
  meta: {
    id: 'members.min-count',
    title: '成员单位数量',
    description: 'At least `min` member units are named (counted from the documents, not the declared total).',
    messages: {
      enough: '列明成员单位 {{count}} 家（要求不少于 {{min}} 家）',
      tooFew: '仅列明成员单位 {{count}} 家，少于要求的 {{min}} 家{{declaredNote}}',
      none: '未能在协议或申请表中找到成员单位名单（要求不少于 {{min}} 家）',
      unreadable: '成员名单所在页面无法可靠读取，无法确认成员数量（要求不少于 {{min}} 家）',
    },
    options: z.object({ min: z.number().int().positive() }),
  },
  check({ facts, options }) {
    const members = use(facts.members);
    const declared = facts.memberCountDeclared?.value ?? null;
    if (members.state === 'unreadable') return { status: 'unknown', messageId: 'unreadable', data: { min: options.min }, evidence: members.fact.evidence };
    if (members.state === 'missing') return { status: 'fail', messageId: 'none', data: { min: options.min }, evidence: members.fact?.evidence ?? [] };
    const count = new Set(members.value.map((m) => unitKey(m.name))).size;
    const declaredNote = declared !== null && declared !== count ? `（申报数为 ${declared} 家）` : '';
    const seen = { named: count, declared };
    if (count >= options.min) return { status: 'pass', messageId: 'enough', data: { count, min: options.min }, evidence: members.fact.evidence, seen };
    return { status: 'fail', messageId: 'tooFew', data: { count, min: options.min, declaredNote }, evidence: members.fact.evidence, seen };
  },
});
