import type { Evidence } from '../../model/evidence.js';
import { DOC_KIND_LABELS } from '../../model/kinds.js';
import type { Report, Score } from '../../model/report.js';
import { FACT_LABELS, STATUS_LABELS, VERDICT_LABELS } from '../labels.js';
import { escapeMarkdown as md } from './markdown-escape.js';
import { whereText } from '../evidence-where.js';

export { whereText };

/** Evidence as whereText gives it, escaped for Markdown. */
export function whereMarkdown(e: Evidence): string {
  return md(whereText(e));
}

/** report.md: the submission's review in Chinese, for an official. Everything quoted from input is escaped (markdown-escape.ts). */
export function reportMarkdown(report: Report): string {
  const out: string[] = [];
  out.push(`# 形式审查报告：${md(report.submission.id)}`, '');
  out.push(`- 审查结论：**${VERDICT_LABELS[report.verdict]}**`);
  if (report.pack) out.push(`- 申报项目：${md(report.pack.title)}（${md(report.pack.id)}）`, `- 依据：${md(report.pack.source)}`);
  out.push('', '## 材料', '', '| 文件 | 类型 | 判断依据 | 页数 | 读取情况 |', '|---|---|---|---|---|');
  for (const d of report.submission.documents) {
    const quality = d.quality === 'error' ? `无法读取：${md(d.error)}` : d.quality === 'good' ? '正常' : d.quality === 'unreadable' ? '文字无法读取' : `部分页面无法读取（第${(d.unreadablePages ?? []).join('、')}页）`;
    out.push(`| ${md(d.file)} | ${DOC_KIND_LABELS[d.kind]} | ${md(d.kindReason)} | ${d.pages ?? '—'} | ${quality}${d.ocr ? '（经文字识别）' : ''} |`);
  }
  out.push('', '## 条件审查', '');
  for (const c of report.conditions) {
    out.push(`### ${STATUS_LABELS[c.status]}｜${md(c.title)}（${md(c.id)}）`, '', md(c.message), '', `依据：${md(c.source)}`);
    for (const e of c.evidence.slice(0, 5)) out.push(`- ${whereMarkdown(e)}`);
    out.push('');
  }
  if (report.score) out.push(...scoreSection(report.score));
  out.push('## 主要事实', '');
  const facts = report.facts as Record<string, { value: unknown; status: string; evidence: Evidence[] } | undefined>;
  for (const [key, label] of Object.entries(FACT_LABELS)) {
    const f = facts[key];
    if (!f) continue;
    const value = f.status === 'found' ? md(f.value) : f.status === 'unreadable' ? '无法读取' : '未找到';
    out.push(`- ${label}：${value}${f.evidence[0] && f.status === 'found' ? `（${whereMarkdown(f.evidence[0])}）` : ''}`);
  }
  const members = report.facts.members?.value;
  if (members?.length) out.push(`- 成员单位（${members.length}）：${members.map((m) => md(m.name)).join('、')}`);
  if (report.messages.length > 0) {
    out.push('', '## 提示', '');
    for (const m of report.messages) out.push(`- ${m.level === 'error' ? '错误' : m.level === 'warning' ? '注意' : '说明'}：${m.file ? `${md(m.file)}：` : ''}${md(m.text)}`);
  }
  out.push('', '## 判定规则', '', ...report.interpretation.map((r) => `- ${md(r)}`), '');
  return out.join('\n');
}

const INDICATOR_STATUS: Record<Score['indicators'][number]['status'], string> = { computed: '已计算', 'needs-review': '待评审', missing: '未见数据' };

/** The rubric score as a Chinese table: every indicator's points, range, claimed score and how it was reached. */
function scoreSection(score: Score): string[] {
  const total = score.range[0] === score.range[1] ? `${score.range[0]}` : `${score.range[0]}–${score.range[1]}`;
  const band = score.band ? md(score.band) : score.bandRange.length ? `待定（${score.bandRange.map(md).join(' 至 ')}）` : '—';
  const out = ['## 评分', '', `- 总分（含加分）：**${total}** 分（基本分 ${score.points}/${score.max}，加分 ${score.bonus}）`, `- 档次：${band}`];
  if (score.inflation > 0) out.push(`- 自评高于证据支持的分数合计：**${score.inflation}** 分`);
  out.push('', '| 指标 | 得分 | 分值 | 状态 | 自评 | 计算过程 |', '|---|---|---|---|---|---|');
  for (const i of score.indicators) {
    const points = i.range[0] === i.range[1] ? `${i.points}` : `${i.range[0]}–${i.range[1]}`;
    const claimed = i.claimed === undefined ? '' : `${i.claimed}${i.inflated ? ' ⚠ 高于证据' : ''}`;
    out.push(`| ${md(i.label)} | ${points} | ${i.max} | ${INDICATOR_STATUS[i.status]} | ${claimed} | ${md(i.trace.rule)} |`);
  }
  out.push('');
  return out;
}
