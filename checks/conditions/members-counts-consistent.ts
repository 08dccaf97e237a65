import { z } from 'zod';
import { defineCondition, use } from '../../src/engine/condition.js';
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
    let unreadable = documents.some((d) => d.quality === 'error');
    for (const r of records) {
      const where = DOC_KIND_LABELS[r.kind];
      const declared = use(r.fields.memberCountDeclared);
      if (declared.state === 'unreadable') unreadable = true;
      if (declared.state === 'usable') {
        totals.push({ where, total: declared.value });
        evidence.push(...declared.fact.evidence);
        const byType = use(r.fields.memberCountsByType);
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
      for (const [label, fact] of [['列明成员', r.fields.members]] as const) {
        const named = use(fact);
        if (named.state === 'unreadable') unreadable = true;
        if (named.state !== 'usable') continue;
        const count = new Set(named.value.map((m) => unitKey(m.name))).size;
        totals.push({ where: `${where}${label}`, total: count });
        evidence.push(...named.fact.evidence.slice(0, 2));
      }
    }
    const declaredTotals = totals.filter((t) => !t.where.endsWith('列明成员'));
    if (declaredTotals.length === 0) return { status: unreadable ? 'unknown' : 'fail', messageId: unreadable ? 'unreadable' : 'noDeclared', evidence };
    const distinct = [...new Set(totals.map((t) => t.total))];
    if (distinct.length > 1) problems.push(totals.map((t) => `${t.where} ${t.total} 家`).join('，'));
    const seen = { totals };
    if (problems.length > 0) return { status: 'fail', messageId: 'mismatch', data: { problems: problems.join('；') }, evidence, seen };
    if (unreadable) return { status: 'unknown', messageId: 'unreadable', evidence, seen };
    return { status: 'pass', messageId: 'consistent', data: { total: declaredTotals[0].total }, evidence, seen };
  },
});
