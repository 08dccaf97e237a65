import { col } from '../columns.js';
import type { SqlTable } from './sql-table.js';

const share = (part: string, whole: string) => `round(${part}::DOUBLE / nullif(${whole}, 0), 4)`;
const counted = (status: string) => `(count(*) FILTER (WHERE f.status = '${status}'))::INTEGER`;

/** How often each fact is found, absent or unreadable among the submissions of each pack. */
export const FACT_COVERAGE: SqlTable = {
  name: 'fact_coverage',
  kind: 'view',
  grain: 'one row per pack × fact that at least one submission of the pack carries',
  description: 'Field coverage by program (字段覆盖率): for every fact, how many submissions of each pack have it found, absent, unreadable, or not at all in their report.',
  columns: [
    col('pack', 'VARCHAR', '规则包', 'Rule pack; null for submissions no pack could be chosen for', 'submissions.pack', { privacy: 'none' }),
    col('fact', 'VARCHAR', '事实', 'Fact name', 'facts.fact', { privacy: 'none' }),
    col('submissions', 'INTEGER', '申报数', 'Submissions of the pack', 'count of submissions', { unit: 'submissions' }),
    col('found', 'INTEGER', '已找到', 'Submissions where the fact was found', "count of facts[status = 'found']", { unit: 'submissions' }),
    col('absent', 'INTEGER', '缺失', 'Submissions where it was looked for and is not there', "count of facts[status = 'absent']", { unit: 'submissions' }),
    col('unreadable', 'INTEGER', '无法读取', 'Submissions where it could not be read reliably', "count of facts[status = 'unreadable']", { unit: 'submissions' }),
    col('not_reported', 'INTEGER', '未报告', 'Submissions whose report does not carry the fact (no document of a kind that holds it)', 'submissions − found − absent − unreadable', { unit: 'submissions' }),
    col('found_share', 'DOUBLE', '找到比例', 'found / submissions', 'computed', { unit: '0–1 (4 decimals)' }),
  ],
  sql: `
SELECT p.pack, n.fact, p.submissions, ${counted('found')} AS found, ${counted('absent')} AS absent, ${counted('unreadable')} AS unreadable,
       (p.submissions - count(f.fact))::INTEGER AS not_reported, ${share(counted('found'), 'p.submissions')} AS found_share
FROM (SELECT pack, count(*)::INTEGER AS submissions FROM submissions GROUP BY pack) p
CROSS JOIN (SELECT DISTINCT fact FROM facts) n
LEFT JOIN facts f ON f.pack IS NOT DISTINCT FROM p.pack AND f.fact = n.fact
GROUP BY p.pack, n.fact, p.submissions
HAVING count(f.fact) > 0
ORDER BY p.pack NULLS LAST, n.fact`,
};

/** How often each fact is found, absent or unreadable, by the kind of document its first evidence item is in. */
export const FACT_COVERAGE_BY_KIND: SqlTable = {
  name: 'fact_coverage_by_kind',
  kind: 'view',
  grain: 'one row per fact × document kind of its first evidence item',
  description: 'Field coverage by document kind (按文件类型的字段覆盖率): for every fact, in which kinds of document it was found, and in which it was looked for and was absent or unreadable.',
  columns: [
    col('fact', 'VARCHAR', '事实', 'Fact name', 'facts.fact', { privacy: 'none' }),
    col('document_kind', 'VARCHAR', '文件类型', 'Kind of the document of the first evidence item; (none) when the fact has no evidence naming a file of the submission', 'facts.evidence_kind', { values: 'documents.kind values / (none)', privacy: 'none' }),
    col('facts', 'INTEGER', '事实数', 'Rows of the facts table', 'count of facts', { unit: 'facts' }),
    col('found', 'INTEGER', '已找到', 'Of them found', "count of facts[status = 'found']", { unit: 'facts' }),
    col('absent', 'INTEGER', '缺失', 'Of them absent', "count of facts[status = 'absent']", { unit: 'facts' }),
    col('unreadable', 'INTEGER', '无法读取', 'Of them unreadable', "count of facts[status = 'unreadable']", { unit: 'facts' }),
    col('found_share', 'DOUBLE', '找到比例', 'found / facts', 'computed', { unit: '0–1 (4 decimals)' }),
  ],
  sql: `
SELECT f.fact, coalesce(f.evidence_kind, '(none)') AS document_kind, count(*)::INTEGER AS facts,
       ${counted('found')} AS found, ${counted('absent')} AS absent, ${counted('unreadable')} AS unreadable,
       ${share(counted('found'), 'count(*)')} AS found_share
FROM facts f
GROUP BY f.fact, document_kind
ORDER BY f.fact, document_kind`,
};
