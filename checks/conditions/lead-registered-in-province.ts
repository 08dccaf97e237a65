import { z } from 'zod';
import { defineCondition, use } from '../../src/engine/condition.js';

/** lead.registered-in-province: the lead unit is an independent legal person registered in {province}. */
export default defineCondition({
  meta: {
    id: 'lead.registered-in-province',
    title: '牵头单位在省内注册',
    description: 'The lead unit is registered in the province (credit-code division code, else registered address) and has a legal-person code.',
    messages: {
      inProvince: '牵头单位 {{lead}} 注册地为{{found}}（{{basis}}）',
      outside: '牵头单位 {{lead}} 注册地为{{found}}，不在{{province}}（{{basis}}）',
      notFound: '未能确定牵头单位 {{lead}} 的注册地（未找到统一社会信用代码或通讯地址）',
      noLead: '申报材料中未填写牵头单位',
    },
    options: z.object({ province: z.string() }),
  },
  check({ facts, options }) {
    const lead = use(facts.leadUnit);
    if (lead.state === 'unreadable') return { status: 'unknown', messageId: 'notFound', data: { lead: '（无法读取）' }, evidence: lead.fact.evidence };
    if (lead.state === 'missing') return { status: 'fail', messageId: 'noLead', evidence: lead.fact?.evidence ?? [] };
    const province = use(facts.leadProvince);
    if (province.state !== 'usable') return { status: 'unknown', messageId: 'notFound', data: { lead: lead.value }, evidence: lead.fact.evidence };
    const byCode = !!facts.leadCreditCode?.value && JSON.stringify(province.fact.evidence) === JSON.stringify(facts.leadCreditCode.evidence);
    const basis = byCode ? '按统一社会信用代码' : '按通讯地址';
    const data = { lead: lead.value, found: province.value, province: options.province, basis };
    const evidence = [...lead.fact.evidence, ...province.fact.evidence];
    return province.value === options.province
      ? { status: 'pass', messageId: 'inProvince', data, evidence, seen: { province: province.value } }
      : { status: 'fail', messageId: 'outside', data, evidence, seen: { province: province.value } };
  },
});
