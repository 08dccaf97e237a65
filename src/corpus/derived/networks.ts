import { col } from '../columns.js';
import type { SqlTable } from './sql-table.js';

/** Sorted distinct values of a column as one text (deterministic, unlike string_agg). */
const joined = (expr: string, sep = ' | ') => `array_to_string(list_sort(list(DISTINCT ${expr})), '${sep}')`;

/** One edge per unit per submission: the unit is the lead or a member of the submission's alliance. */
export const UNIT_ALLIANCE_EDGES: SqlTable = {
  name: 'unit_alliance_edges',
  kind: 'table',
  grain: 'one row per unit per submission (members, and the lead unit when the member list does not name it)',
  description: 'Unit–alliance network (单位—联盟网络): which units are lead or member of which alliance, for network analysis across filings.',
  columns: [
    col('unit', 'VARCHAR', '单位（规范化）', 'Unit name normalised for matching (the node)', 'members.name_normalized, or submissions.lead_unit_normalized', { privacy: 'org' }),
    col('unit_name', 'VARCHAR', '单位名称', 'Unit name as written in this submission', 'members.name, or submissions.lead_unit', { privacy: 'org' }),
    col('credit_code', 'VARCHAR', '统一社会信用代码', 'Credit code as filed; null when none', 'members.credit_code, or submissions.lead_credit_code', { privacy: 'none' }),
    col('submission', 'VARCHAR', '申报编号', 'Submission id', 'submissions.submission'),
    col('alliance_name', 'VARCHAR', '联盟名称', 'Alliance name as filed; null when the filings name none (e.g. a technology centre)', 'submissions.alliance_name', { privacy: 'org' }),
    col('alliance', 'VARCHAR', '联盟（规范化）', 'Alliance name normalised for matching (the other node); null when none', 'submissions.alliance_name_normalized', { privacy: 'org' }),
    col('role', 'VARCHAR', '角色', 'The unit’s role in the alliance', 'members.is_lead; lead units not in the member list are lead', { values: 'lead / member', privacy: 'none' }),
  ],
  sql: `
SELECT m.name_normalized AS unit, m.name AS unit_name, m.credit_code, m.submission, s.alliance_name, s.alliance_name_normalized AS alliance,
       CASE WHEN m.is_lead THEN 'lead' ELSE 'member' END AS role
FROM members m JOIN submissions s USING (submission)
UNION ALL
SELECT s.lead_unit_normalized, s.lead_unit, s.lead_credit_code, s.submission, s.alliance_name, s.alliance_name_normalized, 'lead'
FROM submissions s
WHERE s.lead_unit_normalized IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM members m WHERE m.submission = s.submission AND m.name_normalized = s.lead_unit_normalized)
ORDER BY submission, role, unit`,
};

export const UNITS_IN_MANY_ALLIANCES: SqlTable = {
  name: 'units_in_many_alliances',
  kind: 'view',
  grain: 'one row per unit found in two or more alliances',
  description: 'Units in several alliances (多联盟单位): units that are lead or member of at least two differently named alliances.',
  columns: [
    col('unit', 'VARCHAR', '单位（规范化）', 'Unit name normalised for matching', 'unit_alliance_edges.unit', { privacy: 'org' }),
    col('alliances', 'INTEGER', '联盟数', 'Distinct alliances (normalised names) the unit is in', 'count distinct unit_alliance_edges.alliance', { unit: 'alliances' }),
    col('submissions', 'INTEGER', '申报数', 'Submissions naming the unit', 'count distinct unit_alliance_edges.submission', { unit: 'submissions' }),
    col('lead_roles', 'INTEGER', '牵头次数', 'Submissions where the unit is the lead', "count of unit_alliance_edges[role = 'lead']", { unit: 'submissions' }),
    col('alliance_names', 'VARCHAR', '联盟名称', 'The alliances’ names as filed, sorted, separated by " | "', 'unit_alliance_edges.alliance_name', { privacy: 'org' }),
    col('credit_codes', 'VARCHAR', '信用代码', 'Credit codes given for the unit, sorted, space-separated', 'unit_alliance_edges.credit_code', { privacy: 'none' }),
  ],
  sql: `
SELECT unit, count(DISTINCT alliance)::INTEGER AS alliances, count(DISTINCT submission)::INTEGER AS submissions,
       (count(*) FILTER (WHERE role = 'lead'))::INTEGER AS lead_roles,
       ${joined('alliance_name')} AS alliance_names, ${joined('credit_code', ' ')} AS credit_codes
FROM unit_alliance_edges
WHERE alliance IS NOT NULL
GROUP BY unit
HAVING count(DISTINCT alliance) >= 2
ORDER BY alliances DESC, unit`,
};

export const NAME_CODE_CONFLICTS: SqlTable = {
  name: 'name_code_conflicts',
  kind: 'view',
  grain: 'one row per unit name given several credit codes, and per credit code given several names',
  description: 'Name–code conflicts (名称与代码不一致): across all filings, one normalised unit name with different credit codes, or one credit code with different unit names — misreadings, typing errors or renamed units.',
  columns: [
    col('conflict', 'VARCHAR', '冲突类型', 'Which way the conflict goes', 'computed', { values: 'name-with-several-codes / code-with-several-names', privacy: 'none' }),
    col('name', 'VARCHAR', '单位（规范化）', 'The name (name-with-several-codes); null otherwise', 'unit_alliance_edges.unit', { privacy: 'org' }),
    col('code', 'VARCHAR', '信用代码', 'The code (code-with-several-names); null otherwise', 'upper(unit_alliance_edges.credit_code)', { privacy: 'none' }),
    col('variants', 'VARCHAR', '不同取值', 'The different codes or names, sorted, separated by " | "', 'unit_alliance_edges', { privacy: 'org' }),
    col('variant_count', 'INTEGER', '取值数', 'How many different codes or names', 'computed', { unit: 'values' }),
    col('submissions', 'VARCHAR', '涉及申报', 'Submissions involved, sorted, space-separated', 'unit_alliance_edges.submission'),
    col('submission_count', 'INTEGER', '申报数', 'How many submissions are involved', 'computed', { unit: 'submissions' }),
  ],
  sql: `
WITH pairs AS (SELECT unit AS name, upper(credit_code) AS code, submission FROM unit_alliance_edges WHERE credit_code IS NOT NULL)
SELECT 'name-with-several-codes' AS conflict, name, NULL::VARCHAR AS code, ${joined('code')} AS variants,
       count(DISTINCT code)::INTEGER AS variant_count, ${joined('submission', ' ')} AS submissions, count(DISTINCT submission)::INTEGER AS submission_count
FROM pairs GROUP BY name HAVING count(DISTINCT code) > 1
UNION ALL
SELECT 'code-with-several-names', NULL, code, ${joined('name')}, count(DISTINCT name)::INTEGER, ${joined('submission', ' ')}, count(DISTINCT submission)::INTEGER
FROM pairs GROUP BY code HAVING count(DISTINCT name) > 1
ORDER BY conflict, variant_count DESC, name, code`,
};
