import { z } from 'zod';
import { defineCondition, use } from '../../src/engine/condition.js';
import { unitKey } from '../../src/text/organizations.js';

/** members.composition: several independent legal persons, at least one enterprise and one university or institute. */
export default defineCondition({
  meta: {
    id: 'members.composition',
    title: '成员构成（企业与高校/科研机构）',
    description: 'At least `minMembers` members, with at least one enterprise and at least one university or research institute.',
    messages: {
      ok: '成员 {{count}} 家：企业 {{enterprise}} 家，高校 {{university}} 家，研究机构 {{institute}} 家，其他 {{other}} 家',
      tooFew: '成员仅 {{count}} 家，不构成多个独立法人的联盟',
      noEnterprise: '成员中没有企业（{{summary}}）',
      noResearch: '成员中没有高等院校或科研机构（{{summary}}）',
      none: '未找到成员单位名单',
    },
    options: z.object({ minMembers: z.number().int().positive().default(2) }),
  },
  check({ facts, options }) {
    const members = use(facts.members);
    if (members.state === 'unreadable') return { status: 'unknown', messageId: 'none', evidence: members.fact.evidence };
    if (members.state === 'missing') return { status: 'fail', messageId: 'none', evidence: members.fact?.evidence ?? [] };
    const list = [...new Map(members.value.map((m) => [unitKey(m.name), m])).values()];
    const count = list.length;
    const by = (t: string) => list.filter((m) => m.type === t).length;
    const data = { count, enterprise: by('enterprise'), university: by('university'), institute: by('institute'), other: by('other') };
    const summary = `企业 ${data.enterprise} 家，高校 ${data.university} 家，研究机构 ${data.institute} 家，其他 ${data.other} 家`;
    const evidence = members.fact.evidence;
    if (count < options.minMembers) return { status: 'fail', messageId: 'tooFew', data, evidence, seen: data };
    if (data.enterprise === 0) return { status: 'fail', messageId: 'noEnterprise', data: { summary }, evidence, seen: data };
    if (data.university + data.institute === 0) return { status: 'fail', messageId: 'noResearch', data: { summary }, evidence, seen: data };
    return { status: 'pass', messageId: 'ok', data, evidence, seen: data };
  },
});
