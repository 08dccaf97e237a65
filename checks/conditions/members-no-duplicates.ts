import { z } from 'zod';
import { defineCondition, use } from '../../src/engine/condition.js';
import type { Member } from '../../src/model/member.js';
import { unitKey } from '../../src/text/organizations.js';

/** members.no-duplicates: no unit is listed twice in a member list (by name or by credit code). */
export default defineCondition({
  meta: {
    id: 'members.no-duplicates',
    title: '成员单位无重复',
    description: 'No member list names the same unit twice, by name or by credit code.',
    messages: {
      ok: '成员名单无重复单位',
      duplicates: '成员名单中重复列出：{{names}}',
      none: '未找到成员名单，本项不适用',
      unreadable: '成员名单无法可靠读取，未能核对是否重复，需人工核实',
    },
    options: z.object({}),
  },
  check({ facts, records }) {
    const lists = [...records.flatMap((r) => [r.fields.members, r.fields.agreementParties]), facts.members].map((f) => use(f));
    const usable = lists.filter((l): l is Extract<typeof l, { state: 'usable' }> => l.state === 'usable');
    if (usable.length === 0) return lists.some((l) => l.state === 'unreadable') ? { status: 'unknown', messageId: 'unreadable' } : { status: 'pass', messageId: 'none' };
    const dups: Member[] = [];
    for (const list of usable) {
      const seen = new Set<string>();
      for (const m of list.value) {
        const keys = [unitKey(m.name), ...(m.creditCode ? [m.creditCode] : [])];
        if (keys.some((k) => seen.has(k)) && !dups.includes(m)) dups.push(m);
        keys.forEach((k) => seen.add(k));
      }
    }
    if (dups.length === 0) return lists.some((l) => l.state === 'unreadable') ? { status: 'unknown', messageId: 'unreadable' } : { status: 'pass', messageId: 'ok' };
    return { status: 'fail', messageId: 'duplicates', data: { names: [...new Set(dups.map((m) => m.name))] }, evidence: dups.flatMap((m) => m.evidence) };
  },
});
