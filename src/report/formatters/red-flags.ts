import type { RedFlag, Report } from '../../model/report.js';
import { FLAG_EFFECT_LABELS, FLAG_LABELS, VERDICT_LABELS } from '../labels.js';
import { byStatus, flagHeadline, pts, ptsRange, whereMarkdown } from './markdown.js';
import { escapeMarkdown as md } from './markdown-escape.js';
import type { BatchFinding } from '../../pipeline/batch-rules.js';

const VERDICTS: readonly Report['verdict'][] = ['pass', 'fail', 'needs-review', 'error'];

/** A red flag as digest lines: label, effect and message, where (its first evidence), and for 自评虚高 one line per indicator. */
function flagLines(flag: RedFlag): string[] {
  const where = flag.evidence[0] && !flag.indicators?.length ? ` —— ${whereMarkdown(flag.evidence[0])}` : '';
  const lines = [`- ⚑ ${FLAG_LABELS[flag.id]}（${FLAG_EFFECT_LABELS[flag.effect]}）：${flagHeadline(flag)}${where}`];
  for (const i of flag.indicators ?? []) {
    lines.push(`  - ${md(i.label)}：自评 ${pts(i.claimed)} 分，证据支持 ${ptsRange(i.computed)} 分，高 ${pts(i.excess)} 分`);
  }
  return lines;
}

/**
 * red-flags.md: the one-page digest: the batch problems (quota, deadline), then every submission that
 * did not pass or carries a red flag, with its flags (自评虚高 with points per indicator, 超出推荐名额,
 * 逾期报送), the conditions it fails, then those undecided, each with where. Everything quoted from
 * input is escaped.
 */
export function redFlagsMarkdown(reports: readonly Report[], batch: readonly BatchFinding[] = []): string {
  const counts = VERDICTS.map((v) => `${VERDICT_LABELS[v]} ${reports.filter((r) => r.verdict === v).length}`).join('，');
  const flagged = reports.filter((r) => r.flags.length > 0).length;
  const out = ['# 红旗摘要', '', `共 ${reports.length} 份申报：${counts}；带红旗 ${flagged} 份。`, ''];
  if (batch.length > 0) out.push('## 批次问题（名额、截止日期）', '', ...batch.map((b) => `- ✗ ${md(b.message)}`), '');
  for (const r of reports.filter((x) => x.verdict !== 'pass' || x.flags.length > 0)) {
    const name = r.facts.allianceName?.value ? `（${md(r.facts.allianceName.value)}）` : '';
    const flags = r.flags.length ? `｜${r.flags.map((f) => `⚑ ${FLAG_LABELS[f.id]}`).join('、')}` : '';
    out.push(`## ${md(r.submission.id)}${name}：${VERDICT_LABELS[r.verdict]}${flags}`, '');
    out.push(...r.flags.flatMap(flagLines));
    for (const c of byStatus(r.conditions.filter((x) => x.status !== 'pass'))) {
      const where = c.evidence[0] ? ` —— ${whereMarkdown(c.evidence[0])}` : '';
      out.push(`- ${c.status === 'fail' ? '✗' : '?'} ${md(c.title)}：${md(c.message)}${where}`);
    }
    for (const m of r.messages.filter((x) => x.level === 'error')) out.push(`- ✗ ${m.file ? `${md(m.file)}：` : ''}${md(m.text)}`);
    out.push('');
  }
  return out.join('\n');
}
