import { z } from 'zod';
import { defineCondition } from '../../src/engine/condition.js';
import { memberListsOf } from '../../src/engine/member-lists.js';
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
      none: '未找到成员名单，未能核对是否重复，需人工核实',
      unreadable: '成员名单无法可靠读取，未能核对是否重复，需人工核实',
    },
    options: z.object({}),
  },
  check({ records }) {
    const lists = memberListsOf(records);
    // Born-digital lists decide; an OCR reading of a list is used only when nothing else lists members.
    const usable = lists.digital.length > 0 ? lists.digital : lists.ocr;
    if (usable.length === 0) return { status: 'unknown', messageId: lists.unreadable ? 'unreadable' : 'none' };
    const dups: Member[] = [];
    for (const list of usable) {
      const seen = new Set<string>();
      for (const m of list.members) {
        const keys = [unitKey(m.name), ...(m.creditCode ? [m.creditCode] : [])];
        if (keys.some((k) => seen.has(k)) && !dups.includes(m)) dups.push(m);
        keys.forEach((k) => seen.add(k));
      }
    }
    if (dups.length === 0) return lists.digital.length === 0 && lists.unreadable ? { status: 'unknown', messageId: 'unreadable' } : { status: 'pass', messageId: 'ok' };
    // A repeat that rests on OCR alone may be a misreading.
    if (lists.digital.length === 0) return { status: 'unknown', messageId: 'unreadable', evidence: dups.flatMap((m) => m.evidence) };
    return { status: 'fail', messageId: 'duplicates', data: { names: [...new Set(dups.map((m) => m.name))] }, evidence: dups.flatMap((m) => m.evidence) };
  },
});
