import type { Evidence } from '../../model/evidence.js';
import type { ConditionResult, ConditionStatus, Message } from '../../model/finding.js';
import { DOC_KIND_LABELS } from '../../model/kinds.js';
import type { DocumentSummary, RedFlag, Report, Score } from '../../model/report.js';
import { FACT_LABELS, MEMBER_TYPE_LABELS, STATUS_LABELS, VERDICT_LABELS } from '../labels.js';
import { evidencePlace, readingsText } from '../evidence-where.js';
import { claimedVsComputedChart } from '../html/charts.js';
import { page } from '../html/page.js';
import { REPORT_CSS } from '../html/styles.js';
import { html, joinHtml, type SafeHtml } from './html-escape.js';
import { pageRanges } from '../../pipeline/page-messages.js';

/** Evidence items shown per condition before the rest are folded away (all are in the page). */
export const EVIDENCE_SHOWN = 3;

/** Conditions in the order an official acts on them: failures, then what needs review, then passes. */
const STATUS_ORDER: Record<ConditionStatus, number> = { fail: 0, unknown: 1, pass: 2 };

const MESSAGE_LEVEL_LABELS: Record<Message['level'], string> = { error: '错误', warning: '注意', info: '说明' };
const CHOSEN_BY_LABELS: Record<NonNullable<Report['pack']>['chosenBy'], string> = {
  option: '审查时指定',
  'submission.json': '申报材料中的 submission.json 指定',
  detected: '根据材料自动识别',
};
/** What a red flag does to the verdict. */
export const FLAG_EFFECT_LABELS: Record<RedFlag['effect'], string> = { fail: '导致不通过', 'needs-review': '需人工核实' };
const INDICATOR_STATUS = { computed: '已计算', 'needs-review': '待评审', missing: '未见数据' } as const;

/** Conditions sorted failures first, then unknown, then passes; the pack's order within each. */
export function conditionsByUrgency(conditions: readonly ConditionResult[]): ConditionResult[] {
  return conditions.map((c, i) => ({ c, i })).sort((a, b) => STATUS_ORDER[a.c.status] - STATUS_ORDER[b.c.status] || a.i - b.i).map(({ c }) => c);
}

/** A points range as text: `38` or `38–48`. */
export function span(r: readonly [number, number]): string {
  return r[0] === r[1] ? `${r[0]}` : `${r[0]}–${r[1]}`;
}

/** A simple table: escaped header cells, rows already HTML. */
export function table(headers: readonly string[], rows: readonly SafeHtml[], className = ''): SafeHtml {
  return html`<table class="${className}">
<thead><tr>${headers.map((h) => html`<th>${h}</th>`)}</tr></thead>
<tbody>
${joinHtml(rows)}
</tbody>
</table>`;
}

function qualityText(d: DocumentSummary): string {
  const ocr = d.ocr ? '（经文字识别）' : '';
  const pages = d.unreadablePages?.length ? `（第${pageRanges(d.unreadablePages)}页）` : '';
  switch (d.quality) {
    case 'good':
      return `正常${ocr}`;
    case 'partial':
      return `部分页面无法读取${pages}${ocr}`;
    case 'unreadable':
      return `文字无法读取${pages}`;
    case 'error':
      return `无法读取${d.error ? `：${d.error}` : ''}`;
  }
}

/** One evidence item: the place a person finds it (file, page, table row or paragraph) and the quoted text; never refs or pixel boxes. */
function evidenceItem(e: Evidence): SafeHtml {
  const readings = readingsText(e);
  return html`<li><span class="where">${evidencePlace(e)}</span>${e.quote ? html`<blockquote>${e.quote}</blockquote>` : ''}${readings ? html`<p class="readings">${readings}</p>` : ''}${scanImage(e)}</li>`;
}

/** The scanned region evidence rests on (a signature row), when the pipeline kept one: only a JPEG data URI is ever put in `src`. */
function scanImage(e: Evidence): SafeHtml | string {
  return e.image && /^data:image\/jpeg;base64,[A-Za-z0-9+/=]+$/u.test(e.image) ? html`<img class="scan" alt="扫描件原图：${evidencePlace(e)}" src="${e.image}">` : '';
}

/** Evidence list: the first few items shown, the rest folded in a <details> (opened in print). */
function evidenceList(items: readonly Evidence[]): SafeHtml {
  if (items.length === 0) return html``;
  const shown = items.slice(0, EVIDENCE_SHOWN);
  const rest = items.slice(EVIDENCE_SHOWN);
  return html`<ul class="evidence">${shown.map(evidenceItem)}</ul>${
    rest.length > 0 && html`<details class="more-evidence"><summary>其余 ${rest.length} 条证据</summary><ul class="evidence">${rest.map(evidenceItem)}</ul></details>`
  }`;
}

function conditionSection(c: ConditionResult): SafeHtml {
  return html`<section class="cond status-${c.status}" id="cond-${c.id}" data-status="${c.status}">
<h3><span class="badge">${STATUS_LABELS[c.status]}</span>${c.title} <code class="cond-id">${c.id}</code></h3>
<p class="message">${c.message}</p>
<p class="source">依据：${c.source}</p>
${evidenceList(c.evidence)}
</section>`;
}

/** One red flag in the banner: its name, effect and message, and for 自评虚高 the points per indicator. */
function flagItem(f: RedFlag): SafeHtml {
  const indicators = f.indicators ?? [];
  const rows = indicators.map((i) => html`<tr><td>${i.label}</td><td class="num">${i.claimed}</td><td class="num">${span(i.computed)}</td><td class="num">+${i.excess}</td></tr>`);
  return html`<li class="flag-item" data-flag="${f.id}"><span class="flag effect-${f.effect}">${f.label}</span>${f.message}<span class="muted">（${FLAG_EFFECT_LABELS[f.effect]}）</span>${
    rows.length > 0 && table(['指标', '自评', '证据支持', '高出'], rows, 'flag-indicators')
  }${f.evidence.length > 0 && evidenceList(f.evidence)}</li>`;
}

function banner(report: Report): SafeHtml {
  const count = (s: ConditionStatus) => report.conditions.filter((c) => c.status === s).length;
  const score = report.score;
  return html`<section class="banner verdict-${report.verdict}">
<p class="verdict">审查结论：<strong>${VERDICT_LABELS[report.verdict]}</strong>${score && html`<span class="score-line">　评分：<strong>${span(score.range)}</strong> 分${score.band ? html`（${score.band}）` : ''}</span>`}</p>
${
  report.conditions.length > 0
    ? html`<p>共审查 ${report.conditions.length} 项条件：不符合 ${count('fail')} 项，待核实 ${count('unknown')} 项，符合 ${count('pass')} 项。</p>`
    : html`<p>未能审查任何条件。</p>`
}
${report.flags.length > 0 && html`<ul class="flags">${report.flags.map(flagItem)}</ul>`}
</section>`;
}

function factRows(report: Report): SafeHtml[] {
  type AnyFact = { value: unknown; status: string; evidence: Evidence[]; conflicts?: { value: unknown; evidence: Evidence[] }[] };
  const facts = report.facts as Record<string, AnyFact | undefined>;
  const rows: SafeHtml[] = [];
  for (const [key, label] of Object.entries(FACT_LABELS)) {
    const f = facts[key];
    if (!f) continue;
    const value = f.status === 'found' ? String(f.value) : f.status === 'unreadable' ? '无法读取' : '未找到';
    const where = f.status === 'found' && f.evidence[0] ? evidencePlace(f.evidence[0]) : '';
    const conflicts = (f.conflicts ?? []).map(
      (c) => html`<br><span class="muted">其他材料所载不同数值：${String(c.value)}${c.evidence[0] ? `（${evidencePlace(c.evidence[0])}）` : ''}</span>`,
    );
    rows.push(html`<tr><th>${label}</th><td>${value}${conflicts}</td><td>${where}</td></tr>`);
  }
  return rows;
}

/** The rubric score: total range and band, the claimed-vs-computed chart when the filing claims points, every indicator. */
function scoreSection(score: Score): SafeHtml {
  const band = score.band ?? (score.bandRange.length ? `待定（${score.bandRange.join(' 至 ')}）` : '—');
  const chart = claimedVsComputedChart(score);
  const rows = score.indicators.map(
    (i) =>
      html`<tr class="${i.inflated ? 'inflated' : ''}"><td>${i.label}</td><td class="num">${span(i.range)}</td><td class="num">${i.max}</td><td>${INDICATOR_STATUS[i.status]}${i.suggested ? `（建议：${i.suggested}）` : ''}</td><td class="num">${i.claimed ?? ''}${i.inflated ? ' ⚠' : ''}</td><td>${i.trace.rule}</td></tr>`,
  );
  return html`<h2 id="score">评分</h2>
<p>总分（含加分）：<strong>${span(score.range)}</strong> 分（基本分 ${score.points}/${score.max}，加分 ${score.bonus}）；档次：${band}${
    score.inflation > 0 && html`；自评高于证据支持 <strong>${score.inflation}</strong> 分`
  }</p>
${chart && html`<figure class="chart" id="score-chart"><figcaption>各指标自评分与证据支持得分</figcaption>${chart}</figure>`}
${table(['指标', '得分', '分值', '状态', '自评', '计算过程'], rows, 'score')}`;
}

/** report.html: the submission's review in Chinese, for an official. Self-contained: inline CSS and SVG, no scripts. */
export function reportHtml(report: Report): string {
  const id = report.submission.id;
  const alliance = report.facts.allianceName?.value;
  const parts: SafeHtml[] = [html`<h1>形式审查报告：${alliance ?? id}</h1>`, banner(report)];

  const meta: [string, string][] = [['申报编号', id]];
  if (alliance) meta.push(['联盟名称', alliance]);
  if (report.pack) {
    meta.push(['申报项目', report.pack.title], ['审查依据', report.pack.source], ['项目确定方式', CHOSEN_BY_LABELS[report.pack.chosenBy]]);
  } else {
    meta.push(['申报项目', '未能确定']);
  }
  parts.push(html`<dl class="meta">${meta.map(([k, v]) => html`<dt>${k}</dt><dd>${v}</dd>`)}</dl>`);

  parts.push(html`<h2 id="conditions">条件审查</h2>`);
  parts.push(report.conditions.length > 0 ? joinHtml(conditionsByUrgency(report.conditions).map(conditionSection)) : html`<p>未审查任何条件。</p>`);

  if (report.score) parts.push(scoreSection(report.score));

  parts.push(html`<h2>材料</h2>`);
  parts.push(
    report.submission.documents.length > 0
      ? table(
          ['文件', '类型', '判断依据', '页数', '读取情况'],
          report.submission.documents.map(
            (d) => html`<tr><td>${d.file}</td><td>${DOC_KIND_LABELS[d.kind]}</td><td>${d.kindReason}</td><td class="num">${d.pages ?? '—'}</td><td>${qualityText(d)}</td></tr>`,
          ),
          'documents',
        )
      : html`<p>未找到申报材料。</p>`,
  );

  const facts = factRows(report);
  if (facts.length > 0) parts.push(html`<h2>主要事实</h2>`, table(['事项', '内容', '出处'], facts, 'facts'));

  const membersFact = report.facts.members;
  const members = membersFact?.value ?? [];
  if (members.length > 0) {
    parts.push(
      html`<h2>成员单位（${members.length}）</h2>`,
      table(
        ['序号', '单位名称', '类型', '统一社会信用代码', '所在省份'],
        members.map((m, i) => html`<tr><td class="num">${i + 1}</td><td>${m.name}</td><td>${MEMBER_TYPE_LABELS[m.type]}</td><td class="mono">${m.creditCode ?? '—'}</td><td>${m.province ?? '—'}</td></tr>`),
        'members',
      ),
    );
  } else if (membersFact) {
    parts.push(html`<h2>成员单位</h2><p>${membersFact.status === 'unreadable' ? '成员单位名单无法读取。' : '未找到成员单位名单。'}</p>`);
  }

  if (report.messages.length > 0) {
    parts.push(
      html`<h2>提示</h2><ul class="messages">${report.messages.map((m) => html`<li class="level-${m.level}">${MESSAGE_LEVEL_LABELS[m.level]}：${m.file ? `${m.file}：` : ''}${m.text}</li>`)}</ul>`,
    );
  }
  if (report.interpretation.length > 0) parts.push(html`<h2>判定规则</h2><ol class="rules">${report.interpretation.map((r) => html`<li>${r}</li>`)}</ol>`);

  parts.push(html`<footer>本报告由程序根据申报材料自动生成，仅作形式审查参考；证据原文以申报材料为准。</footer>`);
  return page(`形式审查报告：${alliance ?? id}`, joinHtml(parts), REPORT_CSS);
}
