import { z } from 'zod';
import { defineCondition, use } from '../../src/engine/condition.js';

/** text.length-limits: answers stay within the length limits the forms state (限200字, 限300字以内, 限500字, 限100字). */
export default defineCondition({
  meta: {
    id: 'text.length-limits',
    title: '填报字数限制',
    description: 'Every answer whose label states a character limit stays within it (whitespace excluded).',
    messages: {
      ok: '{{count}} 项限字数的填报内容均未超出限制',
      over: '超出字数限制：{{items}}',
      none: '未找到限定字数的填报内容，本项不适用',
      unreadable: '填报内容无法可靠读取，未能核对字数，需人工核实',
    },
    options: z.object({}),
  },
  check({ records }) {
    const states = records.map((r) => use(r.facts.limitedTexts));
    const anyUnreadable = states.some((t) => t.state === 'unreadable');
    const items = records.flatMap((r) => {
      const t = use(r.facts.limitedTexts);
      return t.state === 'usable' ? t.value.map((v, i) => ({ ...v, evidence: t.fact.evidence[i] })) : [];
    }).filter((t) => t.limit !== null);
    if (items.length === 0) return { status: anyUnreadable ? 'unknown' : 'pass', messageId: anyUnreadable ? 'unreadable' : 'none' };
    const over = items.filter((t) => t.length > (t.limit ?? Infinity));
    if (over.length === 0) return anyUnreadable ? { status: 'unknown', messageId: 'unreadable' } : { status: 'pass', messageId: 'ok', data: { count: items.length } };
    return {
      status: 'fail',
      messageId: 'over',
      data: { items: over.map((t) => `“${t.label}” ${t.length} 字（限 ${t.limit} 字）`) },
      evidence: over.flatMap((t) => (t.evidence ? [t.evidence] : [])),
      seen: { over: over.map((t) => ({ label: t.label, length: t.length, limit: t.limit })) },
    };
  },
});
