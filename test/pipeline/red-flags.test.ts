import { describe, expect, it, vi } from 'vitest';
import type { BatchFinding } from '../../src/pipeline/batch-rules.js';
import { attachBatchFlags, inflationFlag, rewriteFlagged, scoreFlags, verdictWithFlags } from '../../src/pipeline/red-flags.js';
import type { Report } from '../../src/model/report.js';
import { ReportSchema } from '../../src/model/report.js';
import { makeReport } from '../report/formatters/fixtures.js';
import { FLAGS, indicator, row, scoreOf } from './red-flags-fixtures.js';

describe('inflationFlag', () => {
  const score = scoreOf([
    indicator('ip', '知识产权', [10, 10], 20),
    indicator('plan', '中长期发展规划', [0, 5], 11),
    indicator('rules', '管理制度', [0, 5], 5),
    indicator('sales', '新产品销售收入', [6, 6]),
  ]);
  const flag = inflationFlag(score)!;

  it('flags each indicator whose claim is above the highest points the evidence supports, with claimed, computed range and excess', () => {
    expect(flag.indicators).toEqual([
      { id: 'ip', label: '知识产权', claimed: 20, computed: [10, 10], excess: 10 },
      { id: 'plan', label: '中长期发展规划', claimed: 11, computed: [0, 5], excess: 6 },
    ]);
  });

  it('does not flag a claim within the range a reviewer may still give (a qualitative indicator claimed at its maximum)', () => {
    expect(flag.indicators!.map((i) => i.id)).not.toContain('rules');
  });

  it('sends the submission to review, says 自评虚高 and gives the total and the points per indicator in its message', () => {
    expect(flag).toMatchObject({ id: 'score.inflated', label: '自评虚高', effect: 'needs-review' });
    expect(flag.message).toContain('合计高 16 分');
    expect(flag.message).toContain('知识产权 自评 20 分、证据支持 10 分（高 10 分）');
    expect(flag.message).toContain('中长期发展规划 自评 11 分、证据支持至多 5 分（高 6 分）');
  });

  it('takes its evidence from the inflated indicators, each item once', () => {
    const shared = row('自评表 合计 88');
    const twice = inflationFlag(scoreOf([indicator('a', 'A', [1, 1], 3, [shared, row('A 3')]), indicator('b', 'B', [1, 1], 2, [shared])]))!;
    expect(twice.evidence.map((e) => e.quote)).toEqual(['自评表 合计 88', 'A 3']);
    expect(flag.evidence.map((e) => e.quote)).toEqual(['知识产权 20', '中长期发展规划 11']);
  });

  it('is null when no claim is above the evidence, when nothing is claimed and without a score', () => {
    expect(inflationFlag(scoreOf([indicator('a', 'A', [5, 5], 5), indicator('b', 'B', [2, 2])]))).toBeNull();
    expect(inflationFlag(null)).toBeNull();
    expect(scoreFlags(null)).toEqual([]);
  });

  it('gives a flag that validates against the report schema', () => {
    expect(() => ReportSchema.parse({ ...makeReport(), flags: [flag] })).not.toThrow();
  });
});

describe('verdictWithFlags', () => {
  it('turns a pass into needs-review for a needs-review flag and into fail for a fail flag', () => {
    expect(verdictWithFlags('pass', [FLAGS['score.inflated']])).toBe('needs-review');
    expect(verdictWithFlags('pass', [FLAGS['batch.quota']])).toBe('needs-review');
    expect(verdictWithFlags('pass', [FLAGS['batch.deadline']])).toBe('fail');
    expect(verdictWithFlags('needs-review', [FLAGS['batch.deadline']])).toBe('fail');
  });

  it('never makes a verdict milder, and leaves a submission that could not be checked as it is', () => {
    expect(verdictWithFlags('fail', [FLAGS['score.inflated']])).toBe('fail');
    expect(verdictWithFlags('pass', [])).toBe('pass');
    expect(verdictWithFlags('error', [FLAGS['batch.deadline']])).toBe('error');
  });
});

describe('attachBatchFlags', () => {
  const passing = (id: string, city: string, submittedAt: string): Report =>
    makeReport(id, { verdict: 'pass', pack: { id: 'demo', version: '1', title: '示范企业', source: '通知', chosenBy: 'submission.json' }, submission: { id, documents: [], meta: { city, submittedAt, level: 'city' } } });
  const reports = [passing('a', '兰州市', '2022-04-25'), passing('b', '兰州市', '2022-04-10'), passing('c', '天水市', '2022-04-10')];
  // Quota first, as batchFindings gives them: the flag that fails (逾期报送) is put first.
  const findings: BatchFinding[] = [
    { rule: 'quota', pack: 'demo', submissions: ['a', 'b'], message: '兰州市推荐示范企业 2 个，超过每个市州不超过 1 个的名额' },
    { rule: 'deadline', pack: 'demo', submissions: ['a'], message: 'a 于 2022-04-25 报送，晚于市级截止日期 2022-04-20' },
  ];
  const after = attachBatchFlags(reports, findings);

  it('attaches 逾期报送 (fail, listed first) to the late submission and 超出推荐名额 (needs-review) to every submission of the city over its quota', () => {
    expect(after[0]!.flags.map((f) => [f.id, f.label, f.effect])).toEqual([
      ['batch.deadline', '逾期报送', 'fail'],
      ['batch.quota', '超出推荐名额', 'needs-review'],
    ]);
    expect(after[1]!.flags.map((f) => f.id)).toEqual(['batch.quota']);
    expect([after[0]!.verdict, after[1]!.verdict]).toEqual(['fail', 'needs-review']);
  });

  it('cites what submission.json says as the evidence (date filed, city)', () => {
    expect(after[0]!.flags[0]!.evidence).toEqual([{ file: 'submission.json', ref: '/submittedAt', quote: 'submittedAt: 2022-04-25', location: '「submittedAt」字段' }]);
    expect(after[1]!.flags[0]!.evidence[0]).toMatchObject({ quote: 'city: 兰州市' });
  });

  it('returns a submission no finding concerns as the same object, and leaves the reports passed in unchanged', () => {
    expect(after[2]).toBe(reports[2]);
    expect(reports.map((r) => [r.verdict, r.flags.length])).toEqual([['pass', 0], ['pass', 0], ['pass', 0]]);
  });

  it('ignores a finding of another pack', () => {
    expect(attachBatchFlags(reports, [{ ...findings[1]!, pack: 'other' }])[0]).toBe(reports[0]);
  });

  it('keeps the 自评虚高 flag already on a report and gives the same reports when attached twice', () => {
    const inflated = { ...reports[1]!, flags: [FLAGS['score.inflated']], verdict: 'needs-review' as const };
    const once = attachBatchFlags([inflated], findings);
    expect(once[0]!.flags.map((f) => f.id)).toEqual(['score.inflated', 'batch.quota']);
    expect(attachBatchFlags(once, findings)[0]).toBe(once[0]);
  });
});

describe('rewriteFlagged', () => {
  it('writes again only the reports that attaching flags changed, and returns the new reports', async () => {
    const before = [makeReport('a'), makeReport('b')];
    const after = [before[0]!, { ...before[1]!, flags: [FLAGS['batch.quota']] }];
    const write = vi.fn(async (_: Report) => {});
    expect(await rewriteFlagged(before, after, write)).toBe(after);
    expect(write.mock.calls.map(([r]) => r.submission.id)).toEqual(['b']);
  });
});
