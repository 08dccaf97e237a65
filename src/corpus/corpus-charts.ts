/** The charts of corpus.html: ECharts rendered to SVG on the server (as src/report/html/charts.ts does), inlined in the page. */
import type * as echarts from 'echarts';
import type { SafeHtml } from '../report/formatters/html-escape.js';
import { axisLabel, renderSvg } from '../report/html/charts.js';
import { VERDICT_LABELS } from '../report/labels.js';
import type { ChartName } from './corpus-sections.js';
import type { CorpusStatistics, StatRow } from './statistics.js';

const VERDICT_COLORS = { pass: '#1a7f37', fail: '#b42318', needs_review: '#bf8700', error: '#57606a' } as const;

function label(text: unknown, max = 18): string {
  return axisLabel(String(text ?? '—'), max);
}

const num = (row: StatRow, key: string): number => (typeof row[key] === 'number' ? (row[key] as number) : 0);

/** Stacked horizontal bars of verdicts, one bar per category. */
function verdictBars(rows: readonly StatRow[], category: (r: StatRow) => string): SafeHtml | null {
  if (rows.length === 0) return null;
  const shown = [...rows].reverse();
  const keys = ['pass', 'fail', 'needs_review', 'error'] as const;
  const names = { pass: VERDICT_LABELS.pass, fail: VERDICT_LABELS.fail, needs_review: VERDICT_LABELS['needs-review'], error: VERDICT_LABELS.error };
  return renderSvg(1000, 70 + shown.length * 28, {
    legend: { top: 0, data: keys.map((k) => names[k]) },
    grid: { left: 12, right: 40, top: 30, bottom: 8, containLabel: true },
    xAxis: { type: 'value', name: '份', minInterval: 1 },
    yAxis: { type: 'category', data: shown.map((r) => label(category(r), 30)), axisTick: { show: false } },
    series: keys.map((k) => ({ name: names[k], type: 'bar' as const, stack: 'v', data: shown.map((r) => num(r, k)), itemStyle: { color: VERDICT_COLORS[k] }, barMaxWidth: 18 })),
  });
}

/** Vertical bars of a histogram. */
function histogram(rows: readonly StatRow[], width: number, name: string, bucket: (lo: number) => string): SafeHtml | null {
  if (rows.length === 0) return null;
  return renderSvg(1000, 320, {
    grid: { left: 12, right: 24, top: 30, bottom: 30, containLabel: true },
    xAxis: { type: 'category', name, nameLocation: 'middle', nameGap: 28, data: rows.map((r) => bucket(num(r, 'lo'))) },
    yAxis: { type: 'value', name: '份', minInterval: 1 },
    series: [{ type: 'bar', data: rows.map((r) => num(r, 'submissions')), itemStyle: { color: '#0969da' }, barMaxWidth: Math.max(12, width), label: { show: true, position: 'top' } }],
  });
}

/** Found share of every fact in every pack, as a heat map (rows: facts; columns: packs). */
function coverageHeatmap(rows: readonly StatRow[]): SafeHtml | null {
  const facts = [...new Set(rows.map((r) => String(r.fact)))];
  const packs = [...new Set(rows.map((r) => String(r.pack)))].sort();
  if (facts.length === 0) return null;
  const data = rows.map((r) => [packs.indexOf(String(r.pack)), facts.indexOf(String(r.fact)), Math.round(num(r, 'found_share') * 100)]);
  return renderSvg(1000, 140 + facts.length * 16, {
    grid: { left: 48, right: 24, top: 10, bottom: 110, containLabel: true },
    xAxis: { type: 'category', data: packs.map((p) => label(p, 40)), axisLabel: { rotate: 30, fontSize: 10 }, splitArea: { show: true } },
    yAxis: { type: 'category', data: facts, axisLabel: { fontSize: 10 }, inverse: true },
    visualMap: { min: 0, max: 100, orient: 'horizontal', left: 'center', bottom: 0, text: ['找到 100%', '0%'], inRange: { color: ['#fdecea', '#fff8e1', '#1a7f37'] } },
    series: [{ type: 'heatmap', data, label: { show: false } }],
  });
}

/** Conditions failed or undecided most: stacked bars of their shares. */
function conditionBars(rows: readonly StatRow[]): SafeHtml | null {
  const shown = rows.slice(0, 20).reverse();
  if (shown.length === 0) return null;
  return renderSvg(1000, 60 + shown.length * 26, {
    legend: { top: 0, data: ['不符合', '待核实'] },
    grid: { left: 12, right: 40, top: 30, bottom: 8, containLabel: true },
    xAxis: { type: 'value', name: '%', max: 100 },
    yAxis: { type: 'category', data: shown.map((r) => label(`${String(r.title)}（${String(r.pack).split('-')[0]}）`, 24)), axisTick: { show: false } },
    series: [
      { name: '不符合', type: 'bar', stack: 's', data: shown.map((r) => Math.round(num(r, 'fail_share') * 1000) / 10), itemStyle: { color: VERDICT_COLORS.fail }, barMaxWidth: 16 },
      { name: '待核实', type: 'bar', stack: 's', data: shown.map((r) => Math.round(num(r, 'unknown_share') * 1000) / 10), itemStyle: { color: VERDICT_COLORS.needs_review }, barMaxWidth: 16 },
    ],
  });
}

/** The chart of a section, or null when there is nothing to draw. */
export function corpusChart(name: ChartName, stats: CorpusStatistics): SafeHtml | null {
  switch (name) {
    case 'verdicts':
      return verdictBars(stats.verdictsByPack, (r) => String(r.title));
    case 'regions':
      return verdictBars(stats.verdictsByRegionYear, (r) => `${String(r.region)} ${r.year ?? '—'}`);
    case 'members':
      return histogram(stats.memberHistogram, 40, '成员单位数', (lo) => `${lo}–${lo + 4}`);
    case 'scores':
      return histogram(stats.scoreHistogram, 40, '得分', (lo) => (lo >= 100 ? '≥100' : `${lo}–${lo + 9}`));
    case 'coverage':
      return coverageHeatmap(stats.coverageMatrix);
    case 'conditions':
      return conditionBars(stats.conditionOutcomes);
  }
}
