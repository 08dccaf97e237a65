import { col } from '../columns.js';
import type { SqlTable } from './sql-table.js';

const share = (part: string, whole: string) => `round(${part}::DOUBLE / nullif(${whole}, 0), 4)`;
const status = (s: string) => `(count(*) FILTER (WHERE c.status = '${s}'))::INTEGER`;
const verdict = (v: string) => `(count(*) FILTER (WHERE verdict = '${v}'))::INTEGER`;

/** Pass, fail and undecided counts of each condition over the submissions checked against it. */
export const CONDITION_OUTCOMES: SqlTable = {
  name: 'condition_outcomes',
  kind: 'view',
  grain: 'one row per pack × condition',
  description: 'Failure rates by condition (各条件不符合率): how many submissions meet, fail or leave undecided each condition of each pack.',
  columns: [
    col('pack', 'VARCHAR', '规则包', 'Rule pack', 'conditions.pack', { privacy: 'none' }),
    col('condition', 'VARCHAR', '条件编号', 'Condition id', 'conditions.condition', { privacy: 'none' }),
    col('title', 'VARCHAR', '条件名称', 'Chinese title', 'conditions.title', { privacy: 'none' }),
    col('submissions', 'INTEGER', '申报数', 'Submissions checked against the condition', 'count of conditions', { unit: 'submissions' }),
    col('pass', 'INTEGER', '符合', 'Submissions that meet the condition', "count of conditions[status = 'pass']", { unit: 'submissions' }),
    col('fail', 'INTEGER', '不符合', 'Submissions that fail the condition', "count of conditions[status = 'fail']", { unit: 'submissions' }),
    col('unknown', 'INTEGER', '待核实', 'Submissions where it could not be decided', "count of conditions[status = 'unknown']", { unit: 'submissions' }),
    col('fail_share', 'DOUBLE', '不符合率', 'fail / submissions', 'computed', { unit: '0–1 (4 decimals)' }),
    col('unknown_share', 'DOUBLE', '待核实率', 'unknown / submissions', 'computed', { unit: '0–1 (4 decimals)' }),
  ],
  sql: `
SELECT c.pack, c.condition, min(c.title) AS title, count(*)::INTEGER AS submissions,
       ${status('pass')} AS pass, ${status('fail')} AS fail, ${status('unknown')} AS unknown,
       ${share(status('fail'), 'count(*)')} AS fail_share, ${share(status('unknown'), 'count(*)')} AS unknown_share
FROM conditions c
GROUP BY c.pack, c.condition
ORDER BY fail_share DESC, unknown_share DESC, c.pack, c.condition`,
};

/** Failure rates of each condition by the submissions' region and year. */
export const CONDITION_OUTCOMES_BY_REGION_YEAR: SqlTable = {
  name: 'condition_outcomes_by_region_year',
  kind: 'view',
  grain: 'one row per region × year × condition',
  description: 'Failure rates by condition, region and year (按地区、年度的条件不符合率).',
  columns: [
    col('region', 'VARCHAR', '地区', 'Region of the submissions', 'submissions.region', { privacy: 'org' }),
    col('year', 'INTEGER', '年度', 'Program year', 'submissions.year', { unit: 'year' }),
    col('condition', 'VARCHAR', '条件编号', 'Condition id', 'conditions.condition', { privacy: 'none' }),
    col('title', 'VARCHAR', '条件名称', 'Chinese title', 'conditions.title', { privacy: 'none' }),
    col('submissions', 'INTEGER', '申报数', 'Submissions checked against the condition', 'count of conditions', { unit: 'submissions' }),
    col('fail', 'INTEGER', '不符合', 'Submissions that fail the condition', "count of conditions[status = 'fail']", { unit: 'submissions' }),
    col('unknown', 'INTEGER', '待核实', 'Submissions where it could not be decided', "count of conditions[status = 'unknown']", { unit: 'submissions' }),
    col('fail_share', 'DOUBLE', '不符合率', 'fail / submissions', 'computed', { unit: '0–1 (4 decimals)' }),
  ],
  sql: `
SELECT s.region, s.year, c.condition, min(c.title) AS title, count(*)::INTEGER AS submissions,
       ${status('fail')} AS fail, ${status('unknown')} AS unknown, ${share(status('fail'), 'count(*)')} AS fail_share
FROM conditions c JOIN submissions s USING (submission)
GROUP BY s.region, s.year, c.condition
ORDER BY s.region NULLS LAST, s.year NULLS LAST, fail_share DESC, c.condition`,
};

/** Verdicts by region and year. */
export const VERDICTS_BY_REGION_YEAR: SqlTable = {
  name: 'verdicts_by_region_year',
  kind: 'view',
  grain: 'one row per region × year',
  description: 'Verdicts by region and year (按地区、年度的审查结论).',
  columns: [
    col('region', 'VARCHAR', '地区', 'Region', 'submissions.region', { privacy: 'org' }),
    col('year', 'INTEGER', '年度', 'Program year', 'submissions.year', { unit: 'year' }),
    col('submissions', 'INTEGER', '申报数', 'Submissions of the region and year', 'count of submissions', { unit: 'submissions' }),
    col('pass', 'INTEGER', '通过', 'Submissions passed', "count of submissions[verdict = 'pass']", { unit: 'submissions' }),
    col('fail', 'INTEGER', '不通过', 'Submissions failed', "count of submissions[verdict = 'fail']", { unit: 'submissions' }),
    col('needs_review', 'INTEGER', '待人工核实', 'Submissions that need review', "count of submissions[verdict = 'needs-review']", { unit: 'submissions' }),
    col('error', 'INTEGER', '无法审查', 'Submissions that could not be checked', "count of submissions[verdict = 'error']", { unit: 'submissions' }),
    col('fail_share', 'DOUBLE', '不通过率', 'fail / submissions', 'computed', { unit: '0–1 (4 decimals)' }),
  ],
  sql: `
SELECT region, year, count(*)::INTEGER AS submissions, ${verdict('pass')} AS pass, ${verdict('fail')} AS fail,
       ${verdict('needs-review')} AS needs_review, ${verdict('error')} AS error, ${share(verdict('fail'), 'count(*)')} AS fail_share
FROM submissions
GROUP BY region, year
ORDER BY region NULLS LAST, year NULLS LAST`,
};
