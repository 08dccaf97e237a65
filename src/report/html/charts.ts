/** Charts for the HTML reports: ECharts rendered to SVG on the server and inlined, so pages work offline and print. */
import * as echarts from 'echarts';
import type { Score } from '../../model/report.js';
import { showBidi } from '../bidi.js';
import { trusted, type SafeHtml } from '../formatters/html-escape.js';

/** CJK-capable fonts for chart text (the first one installed is used by the browser that shows the SVG). */
export const CHART_FONT = '"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei","WenQuanYi Micro Hei",sans-serif';

const COLORS = { max: '#d8dee4', computed: '#1a7f37', claimed: '#cf222e', fail: '#b42318', unknown: '#bf8700' } as const;

/** Renders one chart to an SVG string and disposes of it (also when rendering throws). */
export function renderSvg(width: number, height: number, option: echarts.EChartsOption): SafeHtml {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({ animation: false, textStyle: { fontFamily: CHART_FONT, fontSize: 12 }, ...option });
    // ECharts escapes the text it writes into the SVG; labels are program data shown with bidi controls visible.
    return trusted(chart.renderToSVGString());
  } finally {
    chart.dispose();
  }
}

/** A label cut to `max` characters for an axis (the full text is in the table next to the chart), bidi controls shown. */
export function axisLabel(text: string, max = 16): string {
  const t = showBidi(text);
  return [...t].length > max ? `${[...t].slice(0, max - 1).join('')}…` : t;
}

/**
 * Claimed (自评) against computed points per indicator of a self-evaluated score: one row per
 * indicator with its maximum, the highest points the evidence supports, and the claim. Null when
 * no indicator carries a claim.
 */
export function claimedVsComputedChart(score: Score, width = 860): SafeHtml | null {
  const indicators = score.indicators.filter((i) => i.claimed !== undefined);
  if (indicators.length === 0) return null;
  const rows = [...indicators].reverse(); // ECharts draws categories bottom-up
  const height = 70 + rows.length * 46;
  return renderSvg(width, height, {
    legend: { top: 0, data: ['分值', '证据支持', '自评'] },
    grid: { left: 12, right: 40, top: 32, bottom: 8, containLabel: true },
    xAxis: { type: 'value', name: '分', minInterval: 1 },
    yAxis: { type: 'category', data: rows.map((i) => axisLabel(i.label, 18)), axisTick: { show: false } },
    series: [
      { name: '分值', type: 'bar', data: rows.map((i) => i.max), itemStyle: { color: COLORS.max }, barGap: '0%', barMaxWidth: 12 },
      { name: '证据支持', type: 'bar', data: rows.map((i) => i.range[1]), itemStyle: { color: COLORS.computed }, barMaxWidth: 12, label: { show: true, position: 'right', formatter: (p) => `${p.value as number}` } },
      {
        name: '自评',
        type: 'bar',
        data: rows.map((i) => ({ value: i.claimed!, itemStyle: { color: i.inflated ? COLORS.claimed : '#8c959f' } })),
        itemStyle: { color: COLORS.claimed },
        barMaxWidth: 12,
        label: { show: true, position: 'right', formatter: (p) => `${p.value as number}` },
      },
    ],
  });
}

/** How many submissions fail (and leave undecided) one condition. */
export interface ConditionTally {
  id: string;
  title: string;
  fail: number;
  unknown: number;
}

/** The conditions failed most across a batch: stacked bars of failed and undecided submissions, most failed first. Null when none failed or was undecided. */
export function failingConditionsChart(tallies: readonly ConditionTally[], width = 1000, top = 15): SafeHtml | null {
  const shown = [...tallies].filter((t) => t.fail + t.unknown > 0).slice(0, top);
  if (shown.length === 0) return null;
  const rows = [...shown].reverse();
  const height = 60 + rows.length * 28;
  return renderSvg(width, height, {
    legend: { top: 0, data: ['不符合', '待核实'] },
    grid: { left: 12, right: 40, top: 30, bottom: 8, containLabel: true },
    xAxis: { type: 'value', name: '份', minInterval: 1 },
    yAxis: { type: 'category', data: rows.map((t) => axisLabel(t.title, 20)), axisTick: { show: false } },
    series: [
      { name: '不符合', type: 'bar', stack: 'n', data: rows.map((t) => t.fail), itemStyle: { color: COLORS.fail }, barMaxWidth: 18, label: { show: true, formatter: (p) => ((p.value as number) > 0 ? `${p.value as number}` : ''), color: '#fff' } },
      { name: '待核实', type: 'bar', stack: 'n', data: rows.map((t) => t.unknown), itemStyle: { color: COLORS.unknown }, barMaxWidth: 18, label: { show: true, formatter: (p) => ((p.value as number) > 0 ? `${p.value as number}` : ''), color: '#fff' } },
    ],
  });
}
