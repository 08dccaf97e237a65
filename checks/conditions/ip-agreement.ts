import { z } from 'zod';
import { defineCondition, kindUnreadable, use } from '../../src/engine/condition.js';

const PARTS = { ownership: '知识产权权利归属', licensing: '许可使用', revenueSharing: '转化收益分配', liability: '违约责任' } as const;

/** ip.agreement: IP ownership, licensing and revenue sharing are agreed in advance, with liability for breach. */
export default defineCondition({
  meta: {
    id: 'ip.agreement',
    title: '知识产权事先约定',
    description: 'Agreement or charter settles IP ownership, licensing, revenue sharing, and liability for breach.',
    messages: {
      ok: '协议或章程约定了知识产权归属、许可使用、收益分配和违约责任',
      missing: '协议与章程中未约定：{{missing}}',
      unreadable: '协议或章程部分页面无法可靠读取，未找到：{{missing}}，需人工核实',
    },
    options: z.object({}),
  },
  check({ facts, documents }) {
    const ip = use(facts.ipClauses);
    const value = ip.state === 'usable' ? ip.value : { ownership: false, licensing: false, revenueSharing: false, liability: false };
    const missing = (Object.keys(PARTS) as (keyof typeof PARTS)[]).filter((k) => !value[k]).map((k) => PARTS[k]);
    const evidence = ip.state === 'usable' ? ip.fact.evidence : [];
    if (missing.length === 0) return { status: 'pass', messageId: 'ok', evidence, seen: value };
    const unreadable = ip.state === 'unreadable' || kindUnreadable(documents, 'agreement') || kindUnreadable(documents, 'charter');
    return { status: unreadable ? 'unknown' : 'fail', messageId: unreadable ? 'unreadable' : 'missing', data: { missing }, evidence, seen: value };
  },
});
