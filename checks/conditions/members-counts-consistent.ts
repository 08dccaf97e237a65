import { z } from 'zod';
import { defineCondition, unreadFiles, use } from '../../src/engine/condition.js';
import { memberListsOf } from '../../src/engine/member-lists.js';
import type { Evidence } from '../../src/model/evidence.js';
import { DOC_KIND_LABELS } from '../../src/model/kinds.js';
import { unitKey } from '../../src/text/organizations.js';

/** members.counts-consistent: declared totals equal the sum by type and the number of named members in each document. */
export default defineCondition({
  meta: {
    id: 'members.counts-consistent',
    title: '成员数量前后一致',
    description: 'Declared totals equal enterprise + university + institute + other, and equal the number of named members in each document.',
    messages: {
      consistent: '成员总数 {{total}} 家，与分类合计及各文件列明的成员数一致',
      mismatch: '成员数量不一致：{{problems}}',
      noDeclared: '未填写成员总数，无法核对成员数量',
      unreadable: '成员数量相关内容无法可靠读取，需人工核实',
    },
    options: z.object({}),
  },
  check({ records, documents }) {
    const problems: string[] = [];
    const evidence: Evidence[] = [];
    const totals: { where: string; total: number }[] = [];
    // A file that could not be read may be the one that declares the totals.
    let unreadable = unreadFiles(documents).length > 0;
    for (const r of records) {
      const where = DOC_KIND_LABELS[r.kind];
      const declared = use(r.facts.memberCountDeclared);
      if (declared.state === 'unreadable') unreadable = true;
      if (declared.state === 'usable') {
        totals.push({ where, total: declared.value });
        evidence.push(...declared.fact.evidence);
        const byType = use(r.facts.memberCountsByType);
        if (byType.state === 'unreadable') unreadable = true;
        if (byType.state === 'usable') {
          const parts = Object.values(byType.value);
          const sum = parts.reduce<number>((s, v) => s + (v ?? 0), 0);
          // A form without an "other" column (推荐表) leaves room for other members: its sum may fall short, never exceed.
          const off = byType.value.other === null ? sum > declared.value : sum !== declared.value;
          if (parts.some((v) => v !== null) && off) {
            problems.push(`${where}申报成员总数 ${declared.value} 家，但企业、高校、研究机构、其他分类合计 ${sum} 家`);
            evidence.push(...byType.fact.evidence);
          }
        }
      }
    }
    // Units each document names: born-digital lists; an OCR reading only when nothing else lists members.
    const lists = memberListsOf(records);
    const named = lists.digital.length > 0 ? lists.digital : lists.ocr;
    if (lists.digital.length === 0 && lists.unreadable) unreadable = true;
    for (const list of named) {
      totals.push({ where: `${list.where}列明成员`, total: new Set(list.members.map((m) => unitKey(m.name))).size });
      evidence.push(...list.fact.evidence.slice(0, 2));
    }
    const declaredTotals = totals.filter((t) => !t.where.endsWith('列明成员'));
    if (declaredTotals.length === 0) return { status: unreadable ? 'unknown' : 'fail', messageId: unreadable ? 'unreadable' : 'noDeclared', evidence };
    const distinct = [...new Set(totals.map((t) => t.total))];
    const typeProblems = problems.length;
    if (distinct.length > 1) problems.push(totals.map((t) => `${t.where} ${t.total} 家`).join('，'));
    const seen = { totals };
    // A mismatch that rests on a list read only by OCR may be a misreading: unknown, not fail.
    const declaredAgree = new Set(declaredTotals.map((t) => t.total)).size === 1;
    const ocrOnly = lists.digital.length === 0 && lists.ocr.length > 0 && typeProblems === 0 && declaredAgree;
    if (problems.length > 0) return { status: ocrOnly ? 'unknown' : 'fail', messageId: 'mismatch', data: { problems: problems.join('；') }, evidence, seen };
    if (unreadable) return { status: 'unknown', messageId: 'unreadable', evidence, seen };
    return { status: 'pass', messageId: 'consistent', data: { total: declaredTotals[0].total }, evidence, seen };
  },
});
