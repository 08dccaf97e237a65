import { describe, expect, it } from 'vitest';
import { batchIndexHtml, reportHtml } from '../../../src/report/formatters/html.js';
import { conditionTallies, batchProblems } from '../../../src/report/formatters/html-index.js';
import { conditionsByUrgency } from '../../../src/report/formatters/html-report.js';
import { ReportSchema, type RedFlag, type Report, type Score } from '../../../src/model/report.js';
import { makeErrorReport, makeReport } from './fixtures.js';

/** A self-evaluation score of two indicators, the first claimed above the evidence. */
function selfEvaluated(): Score {
  const indicator = (id: string, label: string, points: number, claimed: number) => ({
    id,
    group: 'g',
    label,
    max: 20,
    points,
    range: [points, points] as [number, number],
    status: 'computed' as const,
    claimed,
    inflated: claimed > points,
    trace: { inputs: {}, rule: `${label}×1` },
    evidence: [],
  });
  return {
    points: 19,
    max: 100,
    bonus: 0,
    range: [19, 24],
    band: null,
    bandRange: ['合格', '不合格'],
    groups: [],
    indicators: [indicator('ip', '近3年获专利等知识产权数量', 10, 20), indicator('standards', '主持或参与制定标准数量', 9, 9)],
    inflation: 10,
  };
}

const INFLATED: RedFlag = {
  id: 'score.inflated',
  label: '自评虚高',
  effect: 'needs-review',
  message: '自评高于证据支持 10 分',
  indicators: [{ id: 'ip', label: '近3年获专利等知识产权数量', claimed: 20, computed: [10, 10], excess: 10 }],
  evidence: [],
};

function withFlags(id: string, flags: RedFlag[], overrides: Partial<Report> = {}): Report {
  return ReportSchema.parse({ ...makeReport(id, overrides), flags });
}

describe('report.html layout', () => {
  it('puts failures first, then conditions needing review, then passes', () => {
    const base = makeReport();
    const [fail, unknown, pass] = base.conditions;
    const report = makeReport('order', { conditions: [pass!, unknown!, fail!] });
    const page = reportHtml(report);
    const order = [...page.matchAll(/class="cond status-(\w+)"/gu)].map((m) => m[1]);
    expect(order).toEqual(['fail', 'unknown', 'pass']);
    expect(conditionsByUrgency(report.conditions).map((c) => c.id)).toEqual(['members.min-count', 'agreement.signed', 'lead.province']);
  });

  it('shows the red flags in the verdict banner, with points per indicator for 自评虚高', () => {
    const page = reportHtml(withFlags('f', [INFLATED, { id: 'batch.deadline', label: '逾期报送', effect: 'fail', message: '于 2022-04-25 报送，晚于截止日期 2022-04-20', evidence: [] }]));
    const banner = page.slice(page.indexOf('class="banner'), page.indexOf('</section>', page.indexOf('class="banner')));
    expect(banner).toContain('<span class="flag effect-needs-review">自评虚高</span>自评高于证据支持 10 分');
    expect(banner).toContain('<td>近3年获专利等知识产权数量</td><td class="num">20</td><td class="num">10</td><td class="num">+10</td>');
    expect(banner).toContain('<span class="flag effect-fail">逾期报送</span>');
    expect(banner).toContain('导致不通过');
  });

  it('has no flag list when there are no flags', () => {
    expect(reportHtml(makeReport())).not.toContain('class="flags"');
  });

  it('cites the notice the pack rests on', () => {
    expect(reportHtml(makeReport())).toContain('<dt>审查依据</dt><dd>豫科〔2020〕12号</dd>');
  });

  it('shows the score range and band, and a claimed-vs-computed chart as inline SVG when points are claimed', () => {
    const page = reportHtml(makeReport('s', { score: selfEvaluated() }));
    expect(page).toContain('总分（含加分）：<strong>19–24</strong> 分');
    expect(page).toContain('档次：待定（合格 至 不合格）');
    expect(page).toMatch(/<figure class="chart" id="score-chart">[^]*<svg[^]*<\/svg>/u);
    expect(page).toContain('<tr class="inflated"><td>近3年获专利等知识产权数量</td>');
  });

  it('draws no score chart when nothing is claimed', () => {
    const score = selfEvaluated();
    score.indicators = score.indicators.map(({ claimed: _c, inflated: _i, ...rest }) => rest);
    const page = reportHtml(makeReport('s', { score }));
    expect(page).toContain('总分（含加分）');
    expect(page).not.toContain('<svg');
  });

  it('escapes a hostile indicator label in the chart and the table', () => {
    const score = selfEvaluated();
    score.indicators[0]!.label = '<img src=x onerror=alert(1)>';
    const page = reportHtml(makeReport('s', { score }));
    expect(page).not.toContain('<img');
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});

describe('index.html layout', () => {
  const reports = [
    makeReport('a', { score: selfEvaluated() }),
    withFlags('b', [{ id: 'batch.quota', label: '超出推荐名额', effect: 'fail', message: '兰州市推荐 4 个，超过 3 个的名额', evidence: [] }]),
    withFlags('c', [{ id: 'batch.quota', label: '超出推荐名额', effect: 'fail', message: '兰州市推荐 4 个，超过 3 个的名额', evidence: [] }, INFLATED]),
    makeErrorReport('d'),
  ];
  const page = batchIndexHtml(reports);

  it('shows score ranges with their maximum', () => {
    expect(page).toContain('<td class="num score" data-sort="24">19–24<small>/100</small></td>');
    expect(page).toContain('<td class="num score" data-sort="-1">—</td>');
  });

  it('shows each submission’s red flags', () => {
    const at = page.indexOf('<td><a href="c/report.html">');
    const row = page.slice(page.lastIndexOf('<tr', at), page.indexOf('</tr>', at));
    expect(row).toContain('data-flags="2"');
    expect(row).toMatch(/<span class="flag effect-fail" title="[^"]*">超出推荐名额<\/span><span class="flag effect-needs-review"[^>]*>自评虚高<\/span>/u);
  });

  it('lists batch problems from the reports’ batch flags at the top, one line per message', () => {
    const problems = page.slice(page.indexOf('id="batch-problems"'), page.indexOf('</section>'));
    expect(page.indexOf('id="batch-problems"')).toBeLessThan(page.indexOf('id="submissions"'));
    expect(problems).toContain('批次问题（1）');
    expect(problems).toContain('兰州市推荐 4 个，超过 3 个的名额');
    expect(problems).toContain('<a href="b/report.html">b</a>、<a href="c/report.html">c</a>');
    expect(problems).not.toContain('自评虚高');
  });

  it('lists the batch findings passed in, without repeating the flags they cover', () => {
    const found = batchProblems(reports, [{ rule: 'quota', pack: 'p', submissions: ['b', 'c'], message: '兰州市超过名额' }]);
    expect(found).toEqual([{ label: '超出推荐名额', message: '兰州市超过名额', submissions: ['b', 'c'] }]);
    const deadline = batchIndexHtml([makeReport('late')], [{ rule: 'deadline', pack: 'p', submissions: ['late'], message: 'late 于 2022-04-25 报送' }]);
    expect(deadline).toContain('<span class="flag">逾期报送</span>late 于 2022-04-25 报送');
  });

  it('has no batch problem section when there are none', () => {
    expect(batchIndexHtml([makeReport('x')])).not.toContain('id="batch-problems"');
  });

  it('charts the conditions failed most as inline SVG', () => {
    expect(conditionTallies(reports)[0]).toEqual({ id: 'members.min-count', title: '成员单位数量', fail: 3, unknown: 0 });
    expect(page).toMatch(/<figure class="chart" id="conditions-chart">[^]*<svg[^]*成员单位数量[^]*<\/svg>/u);
    expect(batchIndexHtml([makeErrorReport('e')])).not.toContain('<svg');
  });

  it('has sortable heads, filter controls and one inline script, with nothing loaded from elsewhere', () => {
    expect(page.match(/<th data-type="(num|text)"[^>]*><button type="button">/gu)).toHaveLength(11);
    for (const id of ['filter-text', 'filter-verdict', 'filter-pack', 'filter-flags']) expect(page).toContain(`id="${id}"`);
    expect(page).toContain('<option value="henan-2020-alliance-application">河南省产业技术创新战略联盟构建</option>');
    expect(page.match(/<script/gu)).toHaveLength(1);
    expect(page).not.toMatch(/<script[^>]+src=|<link/iu);
  });

  it('is fluid and prints as an A4 landscape digest without the controls', () => {
    expect(page).not.toMatch(/main\{[^}]*max-width:1100px/u);
    expect(page).toContain('@page{size:A4 landscape');
    expect(page).toMatch(/@media print\{[^]*\.controls[^}]*display:none/u);
  });

  it('escapes hostile alliance names, flag messages and pack titles', () => {
    const hostile = ReportSchema.parse({
      ...makeReport('h'),
      pack: { ...makeReport().pack!, title: '<script>window.__x=1</script>' },
      facts: { ...makeReport().facts, allianceName: { ...makeReport().facts.allianceName!, value: '<img src=x onerror="window.__x=1">' } },
      flags: [{ id: 'batch.deadline', label: '逾期<b>', effect: 'fail', message: '"><script>x</script>', evidence: [] }],
    });
    const html = batchIndexHtml([hostile]);
    expect(html).not.toMatch(/<img|<b>|<script>window|<script>x/u);
    expect(html).toContain('&lt;img src=x onerror=&quot;window.__x=1&quot;&gt;');
    expect(reportHtml(hostile)).not.toMatch(/<img|<b>|<script/u);
  });
});

describe('scanned evidence images', () => {
  const withImage = (image: string) => {
    const report = makeReport('scan-01');
    report.conditions[0].evidence = [{ file: '协议书.pdf', page: 3, ref: '/blocks/2/rows/1', quote: '兰州理工大学 王建国', image }];
    return reportHtml(report);
  };
  it('shows the scanned signature row a condition rests on, embedded in the page', () => {
    expect(withImage('data:image/jpeg;base64,/9j/4AAQSk==')).toContain('<img class="scan" alt="扫描件原图：协议书.pdf 第3页" src="data:image/jpeg;base64,/9j/4AAQSk==">');
  });
  it('never puts anything but a JPEG data URI into an image source', () => {
    expect(withImage('javascript:alert(1)')).not.toContain('<img class="scan"');
    expect(withImage('data:image/jpeg;base64,x" onerror="alert(1)')).not.toContain('<img class="scan"');
  });
});
