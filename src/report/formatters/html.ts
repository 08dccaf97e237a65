import type { Evidence } from '../../model/evidence.js';
import type { ConditionResult, Message, Verdict } from '../../model/finding.js';
import { DOC_KIND_LABELS } from '../../model/kinds.js';
import type { DocumentSummary, Report, Score } from '../../model/report.js';
import { FACT_LABELS, MEMBER_TYPE_LABELS, STATUS_LABELS, VERDICT_LABELS } from '../labels.js';
import { summarize } from '../summary.js';
import { safeId } from '../../model/safe-id.js';
import { escapeHtml } from './html-escape.js';
import { whereText } from '../evidence-where.js';

/** Evidence items shown per condition; the rest are in report.json. */
const MAX_EVIDENCE = 5;

/** Main facts shown in the report, in order (the same as report.md). */

const MESSAGE_LEVEL_LABELS: Record<Message['level'], string> = { error: '错误', warning: '注意', info: '说明' };
const CHOSEN_BY_LABELS: Record<NonNullable<Report['pack']>['chosenBy'], string> = {
  option: '审查时指定',
  'submission.json': '申报材料中的 submission.json 指定',
  detected: '根据材料自动识别',
};
/** Verdicts in the order the batch index counts them. */
const VERDICT_ORDER: readonly Verdict[] = ['pass', 'fail', 'needs-review', 'error'];

const CSS = `
*{box-sizing:border-box}
body{margin:0;background:#f6f7f9;color:#1f2328;font:15px/1.6 "PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC","Source Han Sans SC",sans-serif}
main{max-width:1100px;margin:0 auto;padding:24px 28px 48px;background:#fff}
h1{font-size:24px;margin:0 0 16px}
h2{font-size:19px;margin:32px 0 12px;padding-bottom:4px;border-bottom:2px solid #d0d7de}
h3{font-size:16px;margin:0 0 6px}
table{width:100%;border-collapse:collapse;margin:8px 0 16px;font-size:14px}
th,td{border:1px solid #d0d7de;padding:6px 8px;text-align:left;vertical-align:top}
thead th{background:#eef1f4;white-space:nowrap}
tbody tr:nth-child(even){background:#fafbfc}
td.num,th.num{text-align:right}
code,.mono{font-family:ui-monospace,SFMono-Regular,Consolas,"Liberation Mono",monospace;font-size:13px}
code{background:#eef1f4;border-radius:3px;padding:0 4px}
.muted{color:#656d76}
.banner{border-radius:6px;padding:14px 18px;margin:0 0 16px;border-left:8px solid}
.banner .verdict{font-size:22px;margin:0}
.banner p{margin:4px 0 0}
.verdict-pass{background:#e8f5ec;border-color:#1a7f37;color:#0f5323}
.verdict-fail{background:#fdecea;border-color:#b42318;color:#7a1a12}
.verdict-needs-review{background:#fff8e1;border-color:#bf8700;color:#6b4b00}
.verdict-error{background:#f0f1f3;border-color:#57606a;color:#32383f}
td.verdict-pass,td.verdict-fail,td.verdict-needs-review,td.verdict-error{font-weight:bold;white-space:nowrap}
dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:4px 16px;margin:0 0 8px}
dl.meta dt{color:#656d76}
dl.meta dd{margin:0}
.cond{border:1px solid #d0d7de;border-left:6px solid;border-radius:6px;padding:10px 14px;margin:0 0 12px;break-inside:avoid}
.cond.status-pass{border-left-color:#1a7f37}
.cond.status-fail{border-left-color:#b42318;background:#fffafa}
.cond.status-unknown{border-left-color:#bf8700;background:#fffdf5}
.badge{display:inline-block;border-radius:4px;padding:0 8px;margin-right:8px;color:#fff;font-size:13px;font-weight:bold}
.status-pass .badge{background:#1a7f37}
.status-fail .badge{background:#b42318}
.status-unknown .badge{background:#9a6700}
.cond .message{margin:4px 0}
.cond .source{margin:4px 0;font-size:13px;color:#656d76}
ul.evidence{margin:6px 0 0;padding-left:20px;font-size:14px}
ul.evidence li{margin:4px 0}
blockquote{margin:2px 0 0;padding:2px 10px;border-left:3px solid #d0d7de;color:#424a53;background:#f6f8fa;white-space:pre-wrap;word-break:break-all}
ul.totals{list-style:none;display:flex;flex-wrap:wrap;gap:12px;padding:0;margin:0 0 16px}
ul.totals li{border-radius:6px;border-left:6px solid;padding:8px 16px;min-width:130px}
ul.totals strong{display:block;font-size:24px}
ul.messages li.level-error{color:#b42318}
ul.messages li.level-warning{color:#6b4b00}
footer{margin-top:40px;font-size:13px;color:#656d76}
@media print{body{background:#fff}main{max-width:none;padding:0}a{color:inherit;text-decoration:none}}
`;

/** A whole page: doctype, head with inline CSS, and the body. */
function page(title: string, body: string): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    '<main>',
    body,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** A table with escaped header cells; the rows are already HTML. */
function table(headers: readonly string[], rows: readonly string[], className = ''): string {
  const head = headers.map((h) => `<th>${escapeHtml(h)}</th>`).join('');
  return `<table${className ? ` class="${className}"` : ''}>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>`;
}

function qualityText(d: DocumentSummary): string {
  const ocr = d.ocr ? '（经文字识别）' : '';
  const pages = d.unreadablePages?.length ? `（第${d.unreadablePages.join('、')}页）` : '';
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

/** One evidence item: where (file, page or ref) and the quoted text. */
function evidenceItem(e: Evidence): string {
  const where = escapeHtml(whereText({ ...e, quote: '' }));
  // whereText names the ref only when there is no page; show it anyway, it locates the text in report.json.
  const ref = e.page !== undefined && e.ref ? ` <code class="muted">${escapeHtml(e.ref)}</code>` : '';
  const quote = e.quote ? `<blockquote>${escapeHtml(e.quote)}</blockquote>` : '';
  return `<li><span class="where">${where}</span>${ref}${quote}</li>`;
}

function conditionSection(c: ConditionResult): string {
  const out = [
    `<section class="cond status-${escapeHtml(c.status)}" id="cond-${escapeHtml(c.id)}">`,
    `<h3><span class="badge">${escapeHtml(STATUS_LABELS[c.status])}</span>${escapeHtml(c.title)} <code>${escapeHtml(c.id)}</code></h3>`,
    `<p class="message">${escapeHtml(c.message)}</p>`,
    `<p class="source">依据：${escapeHtml(c.source)}</p>`,
  ];
  if (c.evidence.length > 0) {
    out.push('<ul class="evidence">', ...c.evidence.slice(0, MAX_EVIDENCE).map(evidenceItem));
    const more = c.evidence.length - MAX_EVIDENCE;
    if (more > 0) out.push(`<li class="muted">另有 ${more} 条证据，见 report.json。</li>`);
    out.push('</ul>');
  }
  out.push('</section>');
  return out.join('\n');
}

type AnyFact = { value: unknown; status: string; evidence: Evidence[]; conflicts?: { value: unknown; evidence: Evidence[] }[] };

function factRows(report: Report): string[] {
  const facts = report.facts as Record<string, AnyFact | undefined>;
  const rows: string[] = [];
  for (const [key, label] of Object.entries(FACT_LABELS)) {
    const f = facts[key];
    if (!f) continue;
    const value = f.status === 'found' ? String(f.value) : f.status === 'unreadable' ? '无法读取' : '未找到';
    const where = f.status === 'found' && f.evidence[0] ? escapeHtml(whereText(f.evidence[0])) : '';
    const conflicts = (f.conflicts ?? []).map(
      (c) => `<br><span class="muted">其他材料所载不同数值：${escapeHtml(String(c.value))}${c.evidence[0] ? `（${escapeHtml(whereText(c.evidence[0]))}）` : ''}</span>`,
    );
    rows.push(`<tr><th>${escapeHtml(label)}</th><td>${escapeHtml(value)}${conflicts.join('')}</td><td>${where}</td></tr>`);
  }
  return rows;
}

/** report.html: the submission's review in Chinese, for an official. Self-contained: inline CSS, no scripts. */
export function reportHtml(report: Report): string {
  const id = report.submission.id;
  const count = (s: ConditionResult['status']) => report.conditions.filter((c) => c.status === s).length;
  const out: string[] = [];
  out.push(`<h1>形式审查报告：${escapeHtml(id)}</h1>`);

  out.push(
    `<section class="banner verdict-${escapeHtml(report.verdict)}">`,
    `<p class="verdict">审查结论：<strong>${escapeHtml(VERDICT_LABELS[report.verdict])}</strong></p>`,
    report.conditions.length > 0
      ? `<p>共审查 ${report.conditions.length} 项条件：符合 ${count('pass')} 项，不符合 ${count('fail')} 项，待核实 ${count('unknown')} 项。</p>`
      : '<p>未能审查任何条件。</p>',
    '</section>',
  );

  const meta: [string, string][] = [['申报编号', id]];
  const alliance = report.facts.allianceName?.value;
  if (alliance) meta.push(['联盟名称', alliance]);
  if (report.pack) {
    meta.push(
      ['申报项目', `${report.pack.title}（${report.pack.id}，第${report.pack.version}版）`],
      ['审查依据', report.pack.source],
      ['项目确定方式', CHOSEN_BY_LABELS[report.pack.chosenBy]],
    );
  } else {
    meta.push(['申报项目', '未能确定']);
  }
  out.push('<dl class="meta">', ...meta.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd>`), '</dl>');

  out.push('<h2>材料</h2>');
  if (report.submission.documents.length > 0) {
    const rows = report.submission.documents.map(
      (d) =>
        `<tr><td>${escapeHtml(d.file)}</td><td>${escapeHtml(DOC_KIND_LABELS[d.kind])}</td><td>${escapeHtml(d.kindReason)}</td>` +
        `<td class="num">${escapeHtml(d.pages ?? '—')}</td><td>${escapeHtml(qualityText(d))}</td></tr>`,
    );
    out.push(table(['文件', '类型', '判断依据', '页数', '读取情况'], rows));
  } else {
    out.push('<p>未找到申报材料。</p>');
  }

  out.push('<h2>条件审查</h2>');
  if (report.conditions.length > 0) out.push(...report.conditions.map(conditionSection));
  else out.push('<p>未审查任何条件。</p>');

  if (report.score) out.push(...scoreHtml(report.score));

  const facts = factRows(report);
  if (facts.length > 0) out.push('<h2>主要事实</h2>', table(['事项', '内容', '出处'], facts, 'facts'));

  const membersFact = report.facts.members;
  const members = membersFact?.value ?? [];
  if (members.length > 0) {
    out.push(`<h2>成员单位（${members.length}）</h2>`);
    const rows = members.map(
      (m, i) =>
        `<tr><td class="num">${i + 1}</td><td>${escapeHtml(m.name)}</td><td>${escapeHtml(MEMBER_TYPE_LABELS[m.type])}</td>` +
        `<td class="mono">${escapeHtml(m.creditCode ?? '—')}</td><td>${escapeHtml(m.province ?? '—')}</td></tr>`,
    );
    out.push(table(['序号', '单位名称', '类型', '统一社会信用代码', '所在省份'], rows, 'members'));
  } else if (membersFact) {
    out.push('<h2>成员单位</h2>', `<p>${membersFact.status === 'unreadable' ? '成员单位名单无法读取。' : '未找到成员单位名单。'}</p>`);
  }

  if (report.messages.length > 0) {
    out.push('<h2>提示</h2>', '<ul class="messages">');
    for (const m of report.messages) {
      out.push(`<li class="level-${escapeHtml(m.level)}">${escapeHtml(MESSAGE_LEVEL_LABELS[m.level])}：${escapeHtml(m.file ? `${m.file}：` : '')}${escapeHtml(m.text)}</li>`);
    }
    out.push('</ul>');
  }

  if (report.interpretation.length > 0) {
    out.push('<h2>判定规则</h2>', '<ol class="rules">', ...report.interpretation.map((r) => `<li>${escapeHtml(r)}</li>`), '</ol>');
  }

  out.push('<footer>本报告由程序根据申报材料自动生成，仅作形式审查参考；证据原文以申报材料为准。</footer>');
  return page(`形式审查报告：${id}`, out.join('\n'));
}

const INDICATOR_STATUS = { computed: '已计算', 'needs-review': '待评审', missing: '未见数据' } as const;

/** The rubric score: total range, band, and every indicator with its claimed points and how it was reached. */
function scoreHtml(score: Score): string[] {
  const span = (r: readonly [number, number]) => (r[0] === r[1] ? `${r[0]}` : `${r[0]}–${r[1]}`);
  const band = score.band ?? (score.bandRange.length ? `待定（${score.bandRange.join(' 至 ')}）` : '—');
  const rows = score.indicators.map(
    (i) =>
      `<tr${i.inflated ? ' class="inflated"' : ''}><td>${escapeHtml(i.label)}</td><td class="num">${escapeHtml(span(i.range))}</td><td class="num">${escapeHtml(i.max)}</td>` +
      `<td>${escapeHtml(INDICATOR_STATUS[i.status])}${i.suggested ? `（建议：${escapeHtml(i.suggested)}）` : ''}</td>` +
      `<td class="num">${escapeHtml(i.claimed ?? '')}${i.inflated ? ' ⚠' : ''}</td><td>${escapeHtml(i.trace.rule)}</td></tr>`,
  );
  return [
    '<h2>评分</h2>',
    `<p>总分（含加分）：<strong>${escapeHtml(span(score.range))}</strong> 分（基本分 ${escapeHtml(score.points)}/${escapeHtml(score.max)}，加分 ${escapeHtml(score.bonus)}）；档次：${escapeHtml(band)}${score.inflation > 0 ? `；自评高于证据支持 <strong>${escapeHtml(score.inflation)}</strong> 分` : ''}</p>`,
    table(['指标', '得分', '分值', '状态', '自评', '计算过程'], rows, 'score'),
  ];
}

/** Condition ids as a list of code elements. */
function idList(ids: readonly string[]): string {
  return ids.map((i) => `<code>${escapeHtml(i)}</code>`).join(' ');
}

/** index.html: the batch at a glance, totals by verdict and one row per submission linking to its report.html. */
export function batchIndexHtml(reports: readonly Report[]): string {
  const rows = summarize(reports);
  const out: string[] = ['<h1>形式审查汇总</h1>', `<p>共 ${rows.length} 份申报。</p>`, '<ul class="totals">'];
  for (const v of VERDICT_ORDER) {
    const n = rows.filter((r) => r.verdict === v).length;
    out.push(`<li class="verdict-${v}">${escapeHtml(VERDICT_LABELS[v])}<strong>${n}</strong></li>`);
  }
  out.push('</ul>');
  const body = rows.map((r) => {
    const href = `${encodeURIComponent(safeId(r.submission))}/report.html`;
    return (
      `<tr><td><a href="${escapeHtml(href)}">${escapeHtml(r.submission)}</a></td><td>${escapeHtml(r.allianceName ?? '—')}</td>` +
      `<td>${escapeHtml(r.pack ?? '—')}</td><td class="verdict-${escapeHtml(r.verdict)}">${escapeHtml(VERDICT_LABELS[r.verdict])}</td>` +
      `<td>${idList(r.failed)}</td><td>${idList(r.unknown)}</td><td class="num">${escapeHtml(r.memberCount ?? '—')}</td>` +
      `<td class="num">${r.documents}</td><td>${r.unreadableFiles.map(escapeHtml).join('<br>')}</td></tr>`
    );
  });
  if (body.length === 0) body.push('<tr><td colspan="9" class="muted">没有申报材料。</td></tr>');
  out.push(table(['申报编号', '联盟名称', '申报项目', '审查结论', '不符合的条件', '待核实的条件', '列明成员单位数', '材料数', '无法读取的文件'], body, 'index'));
  out.push('<footer>点击申报编号查看该申报的审查报告。本页由程序自动生成，仅作形式审查参考。</footer>');
  return page('形式审查汇总', out.join('\n'));
}
