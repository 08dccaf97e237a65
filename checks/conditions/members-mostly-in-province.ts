import { z } from 'zod';
import { defineCondition, use } from '../../src/engine/condition.js';
import { unitKey } from '../../src/text/organizations.js';

/** members.mostly-in-province: more than {share} of the member units are legal persons of {province}. */
export default defineCondition({
  meta: {
    id: 'members.mostly-in-province',
    title: '成员以省内单位为主',
    description: 'More than `share` of the named members are located in the province (credit code division code or name).',
    messages: {
      mostly: '{{count}} 家成员中有 {{inside}} 家为{{province}}单位（{{percent}}%）',
      notMostly: '{{count}} 家成员中仅 {{inside}} 家可确认为{{province}}单位（{{percent}}%），未达到以省内单位为主的要求',
      undetermined: '{{count}} 家成员中有 {{unknown}} 家无法确定所在省份，需人工核实',
      none: '未找到成员单位名单',
    },
    options: z.object({ province: z.string(), share: z.number().min(0).max(1).default(0.5) }),
  },
  check({ facts, options }) {
    const members = use(facts.members);
    if (members.state === 'unreadable') return { status: 'unknown', messageId: 'none', evidence: members.fact.evidence };
    if (members.state === 'missing') return { status: 'fail', messageId: 'none', evidence: members.fact?.evidence ?? [] };
    const list = [...new Map(members.value.map((m) => [unitKey(m.name), m])).values()];
    if (list.length === 0) return { status: 'fail', messageId: 'none', evidence: members.fact.evidence };
    const inside = list.filter((m) => m.province === options.province).length;
    const unknown = list.filter((m) => !m.province).length;
    const count = list.length;
    const percent = Math.round((inside / count) * 100);
    const data = { count, inside, unknown, province: options.province, percent };
    const seen = { inside, unknown, outside: count - inside - unknown };
    if (inside / count > options.share) return { status: 'pass', messageId: 'mostly', data, evidence: members.fact.evidence, seen };
    if ((inside + unknown) / count > options.share) return { status: 'unknown', messageId: 'undetermined', data, evidence: members.fact.evidence, seen };
    return { status: 'fail', messageId: 'notMostly', data, evidence: members.fact.evidence, seen };
  },
});
