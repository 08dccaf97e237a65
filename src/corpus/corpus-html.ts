import { html, joinHtml, type SafeHtml } from '../report/formatters/html-escape.js';
import { page } from '../report/html/page.js';
import { corpusChart } from './corpus-charts.js';
import { corpusNotes } from './corpus-markdown.js';
import { cellText, corpusSections, type Section, type SectionTable } from './corpus-sections.js';
import type { CorpusStatistics } from './statistics.js';

const CORPUS_CSS = `
main{max-width:1280px}
nav.toc{font-size:14px;margin:0 0 12px}
nav.toc a{margin-right:12px}
p.note{color:#424a53;font-size:14px}
th small{display:block;font-weight:normal;color:#656d76;font-family:ui-monospace,monospace;font-size:11px}
caption{caption-side:top;text-align:left;font-weight:bold;padding:4px 0}
td.long{max-width:520px;word-break:break-all}
`;

function table(t: SectionTable): SafeHtml {
  const numeric = (f?: string) => f === 'number' || f === 'percent';
  return html`<table>
${t.caption ? html`<caption>${t.caption}</caption>` : ''}
<thead><tr>${t.columns.map((c) => html`<th class="${numeric(c.format) ? 'num' : ''}">${c.header}${t.keys === false || c.header === c.key ? '' : html`<small>${c.key}</small>`}</th>`)}</tr></thead>
<tbody>${
    t.rows.length === 0
      ? html`<tr><td colspan="${t.columns.length}" class="muted">（无）</td></tr>`
      : t.rows.map((r) => html`<tr>${t.columns.map((c) => html`<td class="${numeric(c.format) ? 'num' : 'long'}">${cellText(r[c.key], c.format)}</td>`)}</tr>`)
  }</tbody>
</table>`;
}

function section(s: Section, stats: CorpusStatistics): SafeHtml {
  const chart = s.chart ? corpusChart(s.chart, stats) : null;
  return html`<section id="${s.id}">
<h2>${s.title}</h2>
${s.note ? html`<p class="note">${s.note}</p>` : ''}
${chart ? html`<div class="chart">${chart}</div>` : ''}
${joinHtml(s.tables.map(table))}
</section>`;
}

/** corpus.html: the statistics of corpus.md with server-rendered charts, one self-contained page. */
export function corpusHtml(stats: CorpusStatistics, options: { pseudonymized: boolean }): string {
  const sections = corpusSections(stats);
  const body = html`<h1>语料统计 Corpus statistics</h1>
${corpusNotes(options).map((n) => html`<p class="note">${n}</p>`)}
<nav class="toc">${sections.map((s) => html`<a href="#${s.id}">${s.title}</a>`)}</nav>
${joinHtml(sections.map((s) => section(s, stats)))}
<footer>innovation-filings · filings corpus</footer>`;
  return page('语料统计 Corpus statistics', body, CORPUS_CSS);
}
