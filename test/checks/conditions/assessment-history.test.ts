/**
 * assessment.history. Gansu (001 四、3): two consecutive years failed — a failed assessment or a
 * missing work summary — disqualify. Hefei (003 五(二)): last year's 不合格 plus this year's
 * computed band 不合格 revoke; this year's band comes from the rubric score, which the rule tester
 * does not pass, so the Hefei cases build the CheckContext here and call `check` directly.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import condition from '../../../checks/conditions/assessment-history.js';
import { PACKS } from '../../../checks/packs/index.js';
import { interpolate, type CheckContext } from '../../../src/engine/condition.js';
import { MetricSchema } from '../../../src/engine/rubric/inputs.js';
import { scoreRubric, type RubricScore } from '../../../src/engine/rubric/score-rubric.js';
import type { Facts } from '../../../src/model/facts.js';
import type { SubmissionMeta } from '../../../src/model/submission.js';
import { fact, record, testCondition } from './rule-tester.js';

const GANSU = { mode: 'gansu' } as const;
const summary = (year: number) => record('annual-summary', { reportYear: fact(year) }, `${year}年度工作总结.docx`);
const summaries = (...years: number[]) => years.map(summary);
const fail = (year: number) => ({ year, result: 'fail' as const });
const pass = (year: number) => ({ year, result: 'pass' as const });

testCondition(condition, {
  cases: [
    // pass
    { name: 'gansu: no history and no period', options: GANSU, status: 'pass', messageId: 'ok' },
    { name: 'gansu: fail then pass', meta: { assessments: [fail(2020), pass(2021)] }, options: GANSU, status: 'pass', messageId: 'ok' },
    { name: 'gansu: pass then fail', meta: { assessments: [pass(2020), fail(2021)] }, options: GANSU, status: 'pass', messageId: 'ok' },
    { name: 'gansu: non-consecutive fails (2019, 2021)', meta: { assessments: [fail(2019), pass(2020), fail(2021)] }, options: GANSU, status: 'pass', messageId: 'ok' },
    { name: 'gansu: non-consecutive fails with the year between not in the history', meta: { assessments: [fail(2019), fail(2021)] }, options: GANSU, status: 'pass', messageId: 'ok' },
    { name: 'gansu: every summary of the period filed, no fail', records: summaries(2020, 2021, 2022), meta: { period: { from: 2020, to: 2022 }, assessments: [pass(2021)] }, options: GANSU, status: 'pass', messageId: 'ok', data: { gansuNote: '（已核对 2020、2021、2022 年）' } },
    { name: 'gansu: one summary missing in the period, the years around it fine', records: summaries(2020, 2022), meta: { period: { from: 2020, to: 2022 } }, options: GANSU, status: 'pass', messageId: 'ok' },
    { name: 'gansu: a fail and, the year after, a summary not yet due (outside meta.period)', records: summaries(2020, 2021), meta: { period: { from: 2020, to: 2021 }, assessments: [fail(2021)] }, options: GANSU, status: 'pass', messageId: 'ok' },
    { name: 'gansu: a fail and a missing summary two years apart', records: summaries(2020, 2021), meta: { period: { from: 2019, to: 2021 }, assessments: [fail(2021)] }, options: GANSU, status: 'pass', messageId: 'ok' },

    // fail
    { name: 'gansu: two consecutive failed assessments', meta: { assessments: [fail(2020), fail(2021)] }, options: GANSU, status: 'fail', messageId: 'disqualified', data: { years: '2020、2021年', reason: '（2020年考核不合格，2021年考核不合格）' } },
    { name: 'gansu: consecutive fails listed out of order', meta: { assessments: [pass(2019), fail(2021), fail(2020)] }, options: GANSU, status: 'fail', messageId: 'disqualified', data: { years: '2020、2021年' } },
    {
      name: 'gansu: a failed assessment, then no summary the next year (within meta.period)',
      records: summaries(2020),
      meta: { period: { from: 2020, to: 2021 }, assessments: [fail(2020)] },
      options: GANSU,
      status: 'fail',
      messageId: 'disqualified',
      data: { years: '2020、2021年', reason: '（2020年考核不合格，2021年未报送工作总结）' },
    },
    {
      name: 'gansu: no summary, then a failed assessment the next year',
      records: summaries(2021),
      meta: { period: { from: 2020, to: 2021 }, assessments: [fail(2021)] },
      options: GANSU,
      status: 'fail',
      messageId: 'disqualified',
      data: { years: '2020、2021年', reason: '（2020年未报送工作总结，2021年考核不合格）' },
    },
    { name: 'gansu: no summaries in two consecutive years of the period', records: summaries(2019), meta: { period: { from: 2019, to: 2021 } }, options: GANSU, status: 'fail', messageId: 'disqualified', data: { years: '2020、2021年', reason: '（2020年未报送工作总结，2021年未报送工作总结）' } },
    { name: 'gansu: no summary at all for a two-year period', meta: { period: { from: 2020, to: 2021 } }, options: GANSU, status: 'fail', messageId: 'disqualified' },

    // unknown
    {
      name: 'gansu: summaries whose year cannot be read are not missing summaries',
      records: [record('annual-summary', { reportYear: fact(null, { status: 'unreadable' }) }, 'scan-1.pdf'), record('annual-summary', { reportYear: fact(null, { status: 'unreadable' }) }, 'scan-2.pdf')],
      meta: { period: { from: 2020, to: 2021 } },
      options: GANSU,
      status: 'unknown',
      messageId: 'unreadable',
    },
  ],
});

// ---------------------------------------------------------------------------------------------
// Hefei: the rule tester has no `score`, so the context is built here.

type Options = z.infer<typeof condition.meta.options>;
const HEFEI: Options = condition.meta.options.parse({ mode: 'hefei' });

/** A minimal RubricScore: only the parts the condition reads (range, band, bandRange) matter. */
function scoreOf(range: [number, number], band: string | null, bandRange: string[]): RubricScore {
  return { points: range[0], max: 100, bonus: 0, range, band, bandRange, groups: [], indicators: [], inflation: 0 };
}
const failing = scoreOf([45, 45], '不合格', ['不合格']);
const passing = scoreOf([72, 72], '合格', ['合格']);
const open60 = scoreOf([55, 65], null, ['不合格', '合格']);
const open90 = scoreOf([85, 95], null, ['合格', '优秀']);

function check(meta: SubmissionMeta, score: RubricScore | null | undefined) {
  const ctx: CheckContext<Options> = { facts: {}, records: [], documents: [], meta, metrics: new Map(), options: HEFEI, ...(score === undefined ? {} : { score }) };
  const outcome = condition.check(ctx);
  expect(Object.keys(condition.meta.messages)).toContain(outcome.messageId);
  expect(interpolate(condition.meta.messages[outcome.messageId], outcome.data ?? {}), 'every placeholder is filled').not.toMatch(/\{\{\s*\w+\s*\}\}/u);
  return outcome;
}

describe('assessment.history (hefei)', () => {
  it('fail (disqualified): last year 不合格 and this year’s band 不合格', () => {
    expect(check({ year: 2022, assessments: [fail(2021)] }, failing)).toMatchObject({ status: 'fail', messageId: 'disqualified', data: { years: '2021、2022年', reason: '考核不合格' } });
  });

  it('fail: the year is taken from meta.submittedAt when meta.year is absent', () => {
    expect(check({ submittedAt: '2022-01-15', assessments: [fail(2021)] }, failing)).toMatchObject({ status: 'fail', messageId: 'disqualified', data: { years: '2021、2022年' } });
  });

  it('unknown (bandOpen): last year 不合格 and this year’s range spans 60', () => {
    expect(check({ year: 2022, assessments: [fail(2021)] }, open60)).toMatchObject({ status: 'unknown', messageId: 'bandOpen', data: { range: '55–65' } });
  });

  it('pass (noHistory): no earlier results', () => {
    expect(check({ year: 2022 }, failing)).toMatchObject({ status: 'pass', messageId: 'noHistory', data: { band: '不合格' } });
  });

  it('pass (noHistory): no earlier results, an open band is shown as the range', () => {
    expect(check({ year: 2022 }, open60)).toMatchObject({ status: 'pass', messageId: 'noHistory', data: { band: '得分区间 55–65' } });
  });

  it('pass (noHistory): history without last year', () => {
    expect(check({ year: 2022, assessments: [fail(2020)] }, failing)).toMatchObject({ status: 'pass', messageId: 'noHistory' });
  });

  it('pass (ok): last year 合格, this year 不合格', () => {
    expect(check({ year: 2022, assessments: [pass(2021)] }, failing)).toMatchObject({ status: 'pass', messageId: 'ok' });
  });

  it('pass (ok): last year 不合格, this year 合格', () => {
    expect(check({ year: 2022, assessments: [fail(2021)] }, passing)).toMatchObject({ status: 'pass', messageId: 'ok' });
  });

  it('pass (ok): last year 不合格, this year’s range open across 90 only (合格 or 优秀)', () => {
    expect(check({ year: 2022, assessments: [fail(2021)] }, open90)).toMatchObject({ status: 'pass', messageId: 'ok' });
  });

  it('the outcome does not depend on the order of the history', () => {
    expect(check({ year: 2022, assessments: [pass(2020), fail(2021), pass(2019)] }, failing).status).toBe('fail');
  });

  it('with the real Hefei rubric: an empty filing scores 不合格 and, after a failed year, is disqualified', () => {
    const hefei = PACKS.get('hefei-2017-alliance-assessment')!;
    const facts: Facts = {};
    const score = scoreRubric(hefei.rubric!, facts, new Map(hefei.metrics.map((m) => MetricSchema.parse(m)).map((m) => [m.id, m])));
    expect(score.range).toEqual([0, 10]); // only the white paper (专家评分) stays open
    expect(score.band).toBe('不合格');
    expect(check({ year: 2020, submittedAt: '2021-01-22', assessments: [fail(2019)] }, score)).toMatchObject({ status: 'fail', messageId: 'disqualified', data: { years: '2019、2020年' } });
  });
});
