import type { RedFlag } from '../../model/report.js';
import { RedFlagSchema } from '../../model/report.js';
import { col, type Row } from '../columns.js';
import type { ReportTable } from './report-table.js';

/** A flag as a row of the flags table. */
export function flagRow(submission: string, flag: RedFlag): Row {
  return {
    submission,
    flag: flag.id,
    label: flag.label,
    effect: flag.effect,
    excess: flag.indicators ? flag.indicators.reduce((sum, i) => sum + i.excess, 0) : null,
    message: flag.message,
  };
}

/**
 * One row per red flag per submission. The report's own flags (自评虚高) come with its rows; the batch
 * flags (超出推荐名额, 逾期报送) are added when the dataset is exported, over every submission of the corpus.
 */
export const FLAGS: ReportTable = {
  name: 'flags',
  kind: 'table',
  grain: 'one row per submission × red flag',
  description: 'Red flags (红旗) on each submission: claimed points above the evidence, a city over its quota, filed after the deadline.',
  columns: [
    col('submission', 'VARCHAR', '申报编号', 'Submission id', 'submission.id'),
    col('flag', 'VARCHAR', '红旗编号', 'Flag id', 'flags[].id', { values: RedFlagSchema.shape.id.options.join(' / '), privacy: 'none' }),
    col('label', 'VARCHAR', '红旗', 'Chinese name of the flag', 'flags[].label', { values: '自评虚高 / 超出推荐名额 / 逾期报送', privacy: 'none' }),
    col('effect', 'VARCHAR', '影响', 'What the flag does to the verdict', 'flags[].effect', { values: 'fail / needs-review', privacy: 'none' }),
    col('excess', 'DOUBLE', '虚高分数', 'score.inflated: claimed points above the evidence, summed; null for other flags', 'sum of flags[].indicators[].excess', { unit: '分 (points)' }),
    col('message', 'VARCHAR', '说明', 'Chinese message with the figures', 'flags[].message'),
  ],
  rows: (r) => r.flags.map((f) => flagRow(r.submission.id, f)),
};
