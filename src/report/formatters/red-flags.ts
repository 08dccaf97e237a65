import type { Report } from '../../model/report.js';
import { VERDICT_LABELS } from '../labels.js';
import { whereMarkdown } from './markdown.js';
import { escapeMarkdown as md } from './markdown-escape.js';
import type { BatchFinding } from '../../pipeline/batch-rules.js';

/** red-flags.md: the one-page digest: which submissions fail which mandatory condition, why and where. Everything quoted from input is escaped. */
export function redFlagsMarkdown(reports: readonly Report[], batch: readonly BatchFinding[] = []): string {
  const count = (v: Report['verdict']) => reports.filter((r) => r.verdict === v).length;
  const out = [
    '# 红旗摘要',
    '',
    `共 ${reports.length} 份申报：通过 ${count('pass')}，不通过 ${count('fail')}，待人工核实 ${count('needs-review')}，无法审查 ${count('error')}。`,
    '',
  ];
  if (batch.length > 0) out.push('## 批次问题（名额、截止日期）', '', ...batch.map((b) => `- ✗ ${md(b.message)}`), '');
  for (const r of reports.filter((x) => x.verdict !== 'pass')) {
    const name = r.facts.allianceName?.value ? `（${md(r.facts.allianceName.value)}）` : '';
    out.push(`## ${md(r.submission.id)}${name}：${VERDICT_LABELS[r.verdict]}`, '');
    for (const c of r.conditions.filter((x) => x.status !== 'pass')) {
      const where = c.evidence[0] ? ` —— ${whereMarkdown(c.evidence[0])}` : '';
      out.push(`- ${c.status === 'fail' ? '✗' : '?'} ${md(c.title)}：${md(c.message)}${where}`);
    }
    for (const m of r.messages.filter((x) => x.level === 'error')) out.push(`- ✗ ${m.file ? `${md(m.file)}：` : ''}${md(m.text)}`);
    out.push('');
  }
  return out.join('\n');
}
