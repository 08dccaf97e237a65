import { col } from '../columns.js';
import { evidenceColumnDefs, evidenceColumns } from './evidence-columns.js';
import { documentKinds, type ReportTable } from './report-table.js';

/** Long format: one row per condition checked per submission. */
export const CONDITIONS_TABLE: ReportTable = {
  name: 'conditions',
  kind: 'table',
  grain: 'one row per submission × condition',
  description: 'Conditions (审查条件) checked for each submission, with their status (long format).',
  columns: [
    col('submission', 'VARCHAR', '申报编号', 'Submission id', 'submission.id'),
    col('pack', 'VARCHAR', '规则包', 'Rule pack the condition belongs to', 'pack.id', { privacy: 'none' }),
    col('condition', 'VARCHAR', '条件编号', 'Condition id as the pack uses it (RULES.md)', 'conditions[].id', { privacy: 'none' }),
    col('title', 'VARCHAR', '条件名称', 'Short Chinese title of the condition', 'conditions[].title', { privacy: 'none' }),
    col('status', 'VARCHAR', '结果', 'Result: met, failed, or could not be decided', 'conditions[].status', { values: 'pass / fail / unknown', privacy: 'none' }),
    col('message_id', 'VARCHAR', '消息编号', 'Message template id (stable; the Chinese wording may change)', 'conditions[].messageId', { privacy: 'none' }),
    col('message', 'VARCHAR', '说明', 'The Chinese message of the report', 'conditions[].message'),
    ...evidenceColumnDefs('condition', 'conditions[]'),
  ],
  rows: (r) => {
    const kinds = documentKinds(r);
    return r.conditions.map((c) => ({
      submission: r.submission.id,
      pack: r.pack?.id ?? null,
      condition: c.id,
      title: c.title,
      status: c.status,
      message_id: c.messageId,
      message: c.message,
      ...evidenceColumns(c.evidence, kinds),
    }));
  },
};
