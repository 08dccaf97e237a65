import type { Verdict } from '../../model/finding.js';
import type { RedFlag, Report } from '../../model/report.js';
import { safeId } from '../../model/safe-id.js';
import type { BatchFinding } from '../../pipeline/batch-rules.js';
import { VERDICT_LABELS } from '../labels.js';
import { failingConditionsChart, type ConditionTally } from '../html/charts.js';
import { INDEX_SCRIPT } from '../html/index-script.js';
import { page } from '../html/page.js';
import { INDEX_CSS } from '../html/styles.js';
import { html, joinHtml, type SafeHtml } from './html-escape.js';
import { FLAG_EFFECT_LABELS, span } from './html-report.js';

/** Verdicts in the order the index counts them. */
const VERDICT_ORDER: readonly Verdict[] = ['pass', 'fail', 'needs-review', 'error'];
/** Sort keys of verdicts: what needs action first. */
const VERDICT_RANK: Record<Verdict, number> = { fail: 0, error: 1, 'needs-review': 2, pass: 3 };
/** The batch rule each batch red flag comes from. */
const FLAG_RULE: Partial<Record<RedFlag['id'], BatchFinding['rule']>> = { 'batch.quota': 'quota', 'batch.deadline': 'deadline' };
const RULE_LABELS: Record<BatchFinding['rule'], string> = { quota: '超出推荐名额', deadline: '逾期报送' };

/** The link to a submission's report.html, relative to index.html. */
function reportHref(id: string): string {
  return `${encodeURIComponent(safeId(id))}/report.html`;
}

/** How often each condition fails or stays undecided across the batch, most failed first. */
export function conditionTallies(reports: readonly Report[]): ConditionTally[] {
  const byId = new Map<string, ConditionTally>();
  for (const r of reports) {
    for (const c of r.conditions) {
      if (c.status === 'pass') continue;
      const t = byId.get(c.id) ?? { id: c.id, title: c.title, fail: 0, unknown: 0 };
      t[c.status] += 1;
      byId.set(c.id, t);
    }
  }
  return [...byId.values()].sort((a, b) => b.fail - a.fail || b.unknown - a.unknown || a.id.localeCompare(b.id));
}

/** A problem of the batch: a message and the submissions it concerns. */
interface Problem {
  label: string;
  message: string;
  submissions: string[];
}

/**
 * The batch problems: the batch findings passed in (per-city quotas, deadlines), then the batch
 * red flags of the reports (batch.quota, batch.deadline) not already covered by a finding,
 * one line per message.
 */
export function batchProblems(reports: readonly Report[], batch: readonly BatchFinding[]): Problem[] {
  const out: Problem[] = batch.map((b) => ({ label: RULE_LABELS[b.rule], message: b.message, submissions: b.submissions }));
  const covered = new Set(batch.flatMap((b) => b.submissions.map((s) => `${b.rule}\u0000${s}`)));
  const byMessage = new Map<string, Problem>();
  for (const r of reports) {
    for (const f of r.flags) {
      const rule = FLAG_RULE[f.id];
      if (!rule || covered.has(`${rule}\u0000${r.submission.id}`)) continue;
      const key = `${f.id}\u0000${f.message}`;
      const p = byMessage.get(key) ?? { label: f.label, message: f.message, submissions: [] };
      p.submissions.push(r.submission.id);
      byMessage.set(key, p);
    }
  }
  return [...out, ...byMessage.values()];
}

function problemsSection(problems: readonly Problem[]): SafeHtml {
  if (problems.length === 0) return html``;
  return html`<section class="problems" id="batch-problems">
<h2>批次问题（${problems.length}）</h2>
<ul>${problems.map(
    (p) => html`<li><span class="flag">${p.label}</span>${p.message}${p.submissions.length > 0 && html`<span class="muted">（涉及：${joinHtml(p.submissions.map((s) => html`<a href="${reportHref(s)}">${s}</a>`), '、')}）</span>`}</li>`,
  )}</ul>
</section>`;
}

/** Condition titles of one status, each with its id on hover. */
function conditionCell(report: Report, status: 'fail' | 'unknown'): SafeHtml {
  const cs = report.conditions.filter((c) => c.status === status);
  return html`<td class="conds" data-sort="${cs.length}">${cs.map((c) => html`<span class="${status}" title="${c.id}">${c.title}</span>`)}</td>`;
}

function row(r: Report): SafeHtml {
  const id = r.submission.id;
  const alliance = r.facts.allianceName?.value ?? null;
  const unreadable = r.submission.documents.filter((d) => d.quality === 'error').map((d) => d.file);
  const s = r.score;
  const search = r.conditions.filter((c) => c.status !== 'pass').map((c) => c.id).join(' ') + (r.pack ? ` ${r.pack.id}` : '');
  return html`<tr data-verdict="${r.verdict}" data-pack="${r.pack?.id ?? ''}" data-flags="${r.flags.length}" data-search="${search}">
<td><a href="${reportHref(id)}">${id}</a></td>
<td>${alliance ?? '—'}</td>
<td${r.pack ? html` title="${r.pack.id}"` : ''}>${r.pack?.title ?? '未能确定'}</td>
<td class="verdict verdict-${r.verdict}" data-sort="${VERDICT_RANK[r.verdict]}">${VERDICT_LABELS[r.verdict]}</td>
<td class="num score" data-sort="${s ? s.range[1] : -1}">${s ? html`${span(s.range)}<small>/${s.max}${s.band ? html` · ${s.band}` : ''}</small>` : '—'}</td>
<td class="flags" data-sort="${r.flags.length}">${r.flags.map((f) => html`<span class="flag effect-${f.effect}" title="${f.message}（${FLAG_EFFECT_LABELS[f.effect]}）">${f.label}</span>`)}</td>
${conditionCell(r, 'fail')}
${conditionCell(r, 'unknown')}
<td class="num" data-sort="${r.facts.memberCount?.value ?? -1}">${r.facts.memberCount?.value ?? '—'}</td>
<td class="num print-hide">${r.submission.documents.length}</td>
<td class="print-hide">${joinHtml(unreadable.map((f) => html`${f}`), '<br>')}</td>
</tr>`;
}

/** The columns of the table: head, how it sorts, and a class (columns left out of the print digest). */
const COLUMNS: readonly [string, 'num' | 'text', string?][] = [
  ['申报编号', 'text'],
  ['联盟名称', 'text'],
  ['申报项目', 'text'],
  ['审查结论', 'num'],
  ['得分', 'num'],
  ['红旗', 'num'],
  ['不符合的条件', 'num'],
  ['待核实的条件', 'num'],
  ['成员单位数', 'num'],
  ['材料数', 'num', 'print-hide'],
  ['无法读取的文件', 'text', 'print-hide'],
];

/** A sortable column head (a button; type num sorts by the cells' data-sort). */
function head(label: string, type: 'num' | 'text', className = ''): SafeHtml {
  return html`<th data-type="${type}" class="${className}"><button type="button">${label}</button></th>`;
}

function controls(reports: readonly Report[]): SafeHtml {
  const packs = new Map<string, string>();
  for (const r of reports) if (r.pack) packs.set(r.pack.id, r.pack.title);
  return html`<div class="controls" role="search">
<label>查找 <input type="search" id="filter-text" placeholder="编号、联盟、条件…" autocomplete="off"></label>
<label>审查结论 <select id="filter-verdict"><option value="">全部</option>${VERDICT_ORDER.map((v) => html`<option value="${v}">${VERDICT_LABELS[v]}</option>`)}</select></label>
<label>申报项目 <select id="filter-pack"><option value="">全部</option>${[...packs].map(([id, title]) => html`<option value="${id}">${title}</option>`)}</select></label>
<label><input type="checkbox" id="filter-flags"> 仅看有红旗的</label>
<span class="shown" id="shown-count" aria-live="polite">共 ${reports.length} 份</span>
</div>`;
}

/**
 * index.html: the batch for the officials who act on it. Batch problems first, totals by verdict,
 * the conditions failed most (a chart), then one row per submission (program, score, verdict,
 * red flags, failed and undecided conditions by their Chinese names) that can be sorted and
 * filtered in the page, linking to each report.html. Fluid width; prints as an A4 landscape digest.
 */
export function batchIndexHtml(reports: readonly Report[], batch: readonly BatchFinding[] = []): string {
  const parts: SafeHtml[] = [html`<h1>形式审查汇总</h1>`, problemsSection(batchProblems(reports, batch))];
  parts.push(html`<p>共 ${reports.length} 份申报。</p>`);
  parts.push(
    html`<ul class="totals">${VERDICT_ORDER.map((v) => html`<li class="verdict-${v}">${VERDICT_LABELS[v]}<strong>${reports.filter((r) => r.verdict === v).length}</strong></li>`)}</ul>`,
  );
  const chart = failingConditionsChart(conditionTallies(reports));
  if (chart) parts.push(html`<figure class="chart" id="conditions-chart"><figcaption>各条件不符合与待核实的申报数（前 15 项）</figcaption>${chart}</figure>`);

  parts.push(html`<h2>申报清单</h2>`, controls(reports));
  const body = reports.length > 0 ? reports.map(row) : [html`<tr class="empty"><td colspan="11" class="muted">没有申报材料。</td></tr>`];
  parts.push(html`<div class="table-wrap"><table class="index" id="submissions">
<colgroup><col><col class="wide"><col class="wide"><col><col><col><col class="wide"><col class="wide"><col><col class="print-hide"><col class="print-hide"></colgroup>
<thead><tr>${COLUMNS.map(([label, type, className]) => head(label, type, className))}</tr></thead>
<tbody>
${joinHtml(body)}
</tbody>
</table></div>`);
  parts.push(html`<footer>点击申报编号查看该申报的审查报告；点击表头排序，条件名称悬停可见条件编号。本页由程序自动生成，仅作形式审查参考。</footer>`);
  return page('形式审查汇总', joinHtml(parts), INDEX_CSS, INDEX_SCRIPT);
}
