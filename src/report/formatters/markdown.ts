import type { Evidence } from '../../model/evidence.js';
import { DOC_KIND_LABELS } from '../../model/kinds.js';
import type { ConditionResult } from '../../model/finding.js';
import type { RedFlag, Report, Score } from '../../model/report.js';
import { FACT_LABELS, FLAG_EFFECT_LABELS, FLAG_LABELS, STATUS_LABELS, VERDICT_LABELS } from '../labels.js';
import { escapeMarkdown as md } from './markdown-escape.js';
import { whereText } from '../evidence-where.js';
import { pageRanges } from '../../pipeline/page-messages.js';

export { whereText };

/** Evidence as whereText gives it, escaped for Markdown. */
export function whereMarkdown(e: Evidence): string {
  return md(whereText(e));
}

/** report.md: the submission's review in Chinese, for an official. Everything quoted from input is escaped (markdown-escape.ts). */
export function reportMarkdown(report: Report): string {
  const out: string[] = [];
  out.push(`# 形式审查报告：${md(report.submission.id)}`, '');
  out.push(`- 审查结论：**${VERDICT_LABELS[report.verdict]}**${report.flags.length ? `｜红旗：${report.flags.map((f) => `⚑ ${FLAG_LABELS[f.id]}`).join('、')}` : ''}`);
  if (report.pack) out.push(`- 申报项目：${md(report.pack.title)}（${md(report.pack.id)}）`, `- 依据：${md(report.pack.source)}`);
  if (report.flags.length > 0) out.push('', '## 红旗', '', ...report.flags.flatMap(flagMarkdown));
  out.push('', '## 材料', '', '| 文件 | 类型 | 判断依据 | 页数 | 读取情况 |', '|---|---|---|---|---|');
  for (const d of report.submission.documents) {
    const quality = d.quality === 'error' ? `无法读取：${md(d.error)}` : d.quality === 'good' ? '正常' : d.quality === 'unreadable' ? '文字无法读取' : `部分页面无法读取（第${pageRanges(d.unreadablePages ?? [])}页）`;
    out.push(`| ${md(d.file)} | ${DOC_KIND_LABELS[d.kind]} | ${md(d.kindReason)} | ${d.pages ?? '—'} | ${quality}${d.ocr ? '（经文字识别）' : ''} |`);
  }
  out.push('', '## 条件审查', '');
  for (const c of byStatus(report.conditions)) {
    out.push(`### ${STATUS_LABELS[c.status]}｜${md(c.title)}（${md(c.id)}）`, '', md(c.message), '', `依据：${md(c.source)}`);
    for (const e of c.evidence) out.push(`- ${whereMarkdown(e)}`);
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

const STATUS_ORDER: Record<ConditionResult['status'], number> = { fail: 0, unknown: 1, pass: 2 };

/** Conditions failed first, then undecided, then passed; the pack's order within each. */
export function byStatus<T extends Pick<ConditionResult, 'status'>>(conditions: readonly T[]): T[] {
  return conditions.map((c, i) => ({ c, i })).sort((a, b) => STATUS_ORDER[a.c.status] - STATUS_ORDER[b.c.status] || a.i - b.i).map((x) => x.c);
}

/** A number of points without trailing zeros (6.5, 10). */
export function pts(n: number): string {
  return `${Math.round(n * 100) / 100}`;
}

/** Points as one number, or a range 「38–48」 while indicators await a reviewer. */
export function ptsRange([lo, hi]: readonly [number, number]): string {
  return lo === hi ? pts(lo) : `${pts(lo)}–${pts(hi)}`;
}

/**
 * What a flag says, escaped, on one line: its message, or for 自评虚高 (whose message lists every
 * indicator) the count and the total, the indicators then following as a table or a list.
 */
export function flagHeadline(flag: RedFlag): string {
  if (!flag.indicators?.length) return md(flag.message);
  return `自评分高于证据支持分数的指标 ${flag.indicators.length} 项，合计高 ${pts(flag.indicators.reduce((s, i) => s + i.excess, 0))} 分`;
}

/**
 * One red flag as Markdown lines: its label and effect on the verdict, its message, for 自评虚高 a table of
 * the indicators claimed above the evidence (claimed, supported, excess), and every piece of evidence.
 */
export function flagMarkdown(flag: RedFlag): string[] {
  const out = [`### ⚑ ${FLAG_LABELS[flag.id]}（结论：${FLAG_EFFECT_LABELS[flag.effect]}）`, '', flagHeadline(flag), ''];
  if (flag.indicators?.length) {
    out.push('| 指标 | 自评分 | 证据支持 | 高出 |', '|---|---|---|---|');
    for (const i of flag.indicators) out.push(`| ${md(i.label)} | ${pts(i.claimed)} | ${ptsRange(i.computed)} | ${pts(i.excess)} |`);
    out.push(`| 合计 |  |  | ${pts(flag.indicators.reduce((s, i) => s + i.excess, 0))} |`, '');
  }
  for (const e of flag.evidence) out.push(`- ${whereMarkdown(e)}`);
  if (flag.evidence.length > 0) out.push('');
  return out;
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
