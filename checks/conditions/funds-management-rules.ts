import { z } from 'zod';
import { defineCondition, use } from '../../src/engine/condition.js';

/** funds.management-rules: a fund-management system exists (and, where required, internal supervision of fund use). */
export default defineCondition({
  meta: {
    id: 'funds.management-rules',
    title: '经费管理制度',
    description: 'A fund-management system exists (form checkbox or a fund clause); with `requireSupervision`, fund use is also supervised.',
    messages: {
      present: '已建立经费管理制度',
      presentSupervised: '已建立经费管理制度，并规定了经费使用的监督',
      missing: '未见经费管理制度（建议书勾选“无”或未勾选，协议与章程中也无经费条款）',
      noSupervision: '有经费管理条款，但未规定经费使用的内部监督机制',
      unreadable: '经费管理相关内容无法可靠读取，需人工核实',
    },
    options: z.object({ requireSupervision: z.boolean().default(false) }),
  },
  check({ facts, options }) {
    const rules = use(facts.hasFundRules);
    if (rules.state === 'unreadable') return { status: 'unknown', messageId: 'unreadable', evidence: rules.fact.evidence };
    if (rules.state === 'missing' || rules.value !== true) return { status: 'fail', messageId: 'missing', evidence: rules.fact?.evidence ?? [] };
    if (!options.requireSupervision) return { status: 'pass', messageId: 'present', evidence: rules.fact.evidence };
    const supervision = use(facts.fundSupervision);
    if (supervision.state === 'usable' && supervision.value) return { status: 'pass', messageId: 'presentSupervised', evidence: [...rules.fact.evidence, ...supervision.fact.evidence] };
    if (supervision.state === 'unreadable') return { status: 'unknown', messageId: 'unreadable', evidence: supervision.fact.evidence };
    return { status: 'fail', messageId: 'noSupervision', evidence: rules.fact.evidence };
  },
});
