import type { Report } from '../../model/report.js';
import { programYear } from '../../model/submission.js';
import { provinceOfText, unitKey } from '../../text/organizations.js';
import { col, type Row } from '../columns.js';
import type { ReportTable } from './report-table.js';

const VERDICTS = 'pass / fail / needs-review / error';

/** The region the submission was filed in: submission.json `region`, else the province the program's title names (2020年河南省…). */
function region(r: Report): [string | null, string | null] {
  if (r.submission.meta?.region) return [r.submission.meta.region, 'submission.json'];
  const province = r.pack ? provinceOfText(r.pack.title) : null;
  return province ? [province, 'pack.title'] : [null, null];
}

/** The program year: submission.json `year` (else the year of `submittedAt`), else the year the program's title names (2020年…). */
function year(r: Report): [number | null, string | null] {
  const meta = r.submission.meta;
  const fromMeta = meta ? programYear(meta) : undefined;
  if (fromMeta !== undefined && Number.isFinite(fromMeta)) return [fromMeta, 'submission.json'];
  const titled = r.pack ? /((?:19|20)\d{2})年/u.exec(r.pack.title) : null;
  return titled ? [Number(titled[1]), 'pack.title'] : [null, null];
}

function count<T>(items: readonly T[], test: (item: T) => boolean): number {
  return items.reduce((n, item) => n + (test(item) ? 1 : 0), 0);
}

/** One row per submission: program, verdict, score, condition and fact counts, alliance, lead unit, members, documents. */
export const SUBMISSIONS: ReportTable = {
  name: 'submissions',
  kind: 'table',
  grain: 'one row per submission',
  description: 'Submissions (申报): one row each, with the verdict (batch red flags included), score, counts of conditions by status and of facts by status.',
  columns: [
    col('submission', 'VARCHAR', '申报编号', 'Submission id: its folder or zip name, made safe and unique in the run', 'submission.id'),
    col('pack', 'VARCHAR', '规则包', 'Rule pack the submission was checked against; null when none could be chosen', 'pack.id', { values: 'ids of filings packs list', privacy: 'none' }),
    col('pack_title', 'VARCHAR', '申报项目', 'Title of the program (Chinese)', 'pack.title', { privacy: 'none' }),
    col('pack_chosen_by', 'VARCHAR', '规则包来源', 'How the pack was chosen', 'pack.chosenBy', { values: 'option / submission.json / detected', privacy: 'none' }),
    col('region', 'VARCHAR', '地区', 'Region (province or city) the submission was filed in', 'submission.meta.region, else the province pack.title names', { privacy: 'org' }),
    col('region_source', 'VARCHAR', '地区来源', 'Where region comes from', 'computed', { values: 'submission.json / pack.title; null when unknown', privacy: 'none' }),
    col('city', 'VARCHAR', '推荐市州', 'City that recommends the submission (per-city quotas)', 'submission.meta.city', { privacy: 'org' }),
    col('year', 'INTEGER', '年度', 'Program year', 'submission.meta.year, else the year of submission.meta.submittedAt, else the year pack.title names (2020年…)', { unit: 'year' }),
    col('year_source', 'VARCHAR', '年度来源', 'Where year comes from', 'computed', { values: 'submission.json / pack.title; null when unknown', privacy: 'none' }),
    col('submitted_at', 'VARCHAR', '报送日期', 'Date filed, ISO YYYY-MM-DD as submission.json states it', 'submission.meta.submittedAt', { privacy: 'none' }),
    col('verdict', 'VARCHAR', '审查结论', 'Verdict, with the red flags of the submission and of the batch (quota, deadline) applied', 'verdict (with batch flags attached over the whole corpus)', { values: VERDICTS, privacy: 'none' }),
    col('flags', 'VARCHAR', '红旗', 'Ids of the red flags on the submission, space-separated; null when none', 'flags[].id', { values: 'score.inflated / batch.quota / batch.deadline', privacy: 'none' }),
    col('flag_count', 'INTEGER', '红旗数', 'Number of red flags', 'count of flags', { unit: 'flags' }),
    col('conditions', 'INTEGER', '条件数', 'Conditions checked', 'count of conditions', { unit: 'conditions' }),
    col('conditions_pass', 'INTEGER', '符合条件数', 'Conditions met', 'count of conditions[status = pass]', { unit: 'conditions' }),
    col('conditions_fail', 'INTEGER', '不符合条件数', 'Conditions failed', 'count of conditions[status = fail]', { unit: 'conditions' }),
    col('conditions_unknown', 'INTEGER', '待核实条件数', 'Conditions that could not be decided (need review)', 'count of conditions[status = unknown]', { unit: 'conditions' }),
    col('score_min', 'DOUBLE', '总分下限', 'Total score (points + bonus), lower end; null without a rubric', 'score.range[0]', { unit: '分 (points)' }),
    col('score_max', 'DOUBLE', '总分上限', 'Total score (points + bonus), upper end: every qualitative indicator at its best level', 'score.range[1]', { unit: '分 (points)' }),
    col('score_points', 'DOUBLE', '基本分', 'Base points without bonus, lower end', 'score.points', { unit: '分 (points)' }),
    col('score_bonus', 'DOUBLE', '加分', 'Bonus points after the bonus cap, lower end', 'score.bonus', { unit: '分 (points)' }),
    col('score_full', 'DOUBLE', '满分', 'Full marks of the base groups of the rubric (e.g. 100)', 'score.max', { unit: '分 (points)' }),
    col('band', 'VARCHAR', '档次', 'Band the score falls in (e.g. 优秀 / 合格 / 不合格); null when none or the range spans bands', 'score.band', { privacy: 'none' }),
    col('claimed_inflation', 'DOUBLE', '自评虚高分数', 'Points claimed in a self-evaluation above what the evidence supports, summed over indicators', 'score.inflation', { unit: '分 (points)', values: '≥ 0; null without a rubric' }),
    col('alliance_name', 'VARCHAR', '联盟名称', 'Name of the alliance as filed', 'facts.allianceName.value', { privacy: 'org' }),
    col('alliance_name_normalized', 'VARCHAR', '联盟名称（规范化）', 'Alliance name normalised for matching across filings: half-width, no spaces', 'unitKey(facts.allianceName.value)', { privacy: 'org' }),
    col('lead_unit', 'VARCHAR', '牵头单位', 'Lead unit as filed', 'facts.leadUnit.value', { privacy: 'org' }),
    col('lead_unit_normalized', 'VARCHAR', '牵头单位（规范化）', 'Lead unit name normalised for matching: half-width, no spaces, 有限责任公司 read as 有限公司', 'unitKey(facts.leadUnit.value)', { privacy: 'org' }),
    col('lead_credit_code', 'VARCHAR', '牵头单位信用代码', "Lead unit's unified social credit code as filed", 'facts.leadCreditCode.value', { privacy: 'none' }),
    col('member_count', 'INTEGER', '列明成员单位数', 'Member units named in the filings', 'facts.memberCount.value', { unit: '个 (units)' }),
    col('member_count_declared', 'DOUBLE', '申报成员单位数', 'Member count the filings declare', 'facts.memberCountDeclared.value', { unit: '个 (units)' }),
    col('member_rows', 'INTEGER', '成员行数', 'Rows of this submission in the members table', 'length of facts.members.value', { unit: 'rows' }),
    col('documents', 'INTEGER', '材料数', 'Files of the submission', 'count of submission.documents', { unit: '份 (files)' }),
    col('documents_unreadable', 'INTEGER', '无法读取的材料数', 'Files that could not be read (damaged, refused by a budget, unsupported)', 'count of submission.documents[quality = error]', { unit: '份 (files)' }),
    col('documents_ocr', 'INTEGER', '经OCR的材料数', 'Files with at least one page read by OCR', 'count of submission.documents[ocr]', { unit: '份 (files)' }),
    col('pages', 'INTEGER', '页数', 'Pages of the PDF and image files (DOCX have none)', 'sum of submission.documents.pages', { unit: 'pages' }),
    col('facts_found', 'INTEGER', '已找到的事实数', 'Facts found', 'count of facts[status = found]', { unit: 'facts' }),
    col('facts_absent', 'INTEGER', '缺失的事实数', 'Facts looked for and not there', 'count of facts[status = absent]', { unit: 'facts' }),
    col('facts_unreadable', 'INTEGER', '无法读取的事实数', 'Facts that could not be read reliably', 'count of facts[status = unreadable]', { unit: 'facts' }),
    col('messages_error', 'INTEGER', '错误消息数', 'Error messages of the report (files not read, no pack)', 'count of messages[level = error]', { unit: 'messages' }),
    col('messages_warning', 'INTEGER', '警告消息数', 'Warnings of the report', 'count of messages[level = warning]', { unit: 'messages' }),
  ],
  rows: (r) => {
    const [regionValue, regionSource] = region(r);
    const [yearValue, yearSource] = year(r);
    const facts = Object.values(r.facts).filter((f) => f !== undefined);
    const docs = r.submission.documents;
    const lead = r.facts.leadUnit?.value ?? null;
    const alliance = r.facts.allianceName?.value ?? null;
    const row: Row = {
      submission: r.submission.id,
      pack: r.pack?.id ?? null,
      pack_title: r.pack?.title ?? null,
      pack_chosen_by: r.pack?.chosenBy ?? null,
      region: regionValue,
      region_source: regionSource,
      city: r.submission.meta?.city ?? null,
      year: yearValue,
      year_source: yearSource,
      submitted_at: r.submission.meta?.submittedAt ?? null,
      verdict: r.verdict,
      flags: r.flags.length > 0 ? r.flags.map((f) => f.id).join(' ') : null,
      flag_count: r.flags.length,
      conditions: r.conditions.length,
      conditions_pass: count(r.conditions, (c) => c.status === 'pass'),
      conditions_fail: count(r.conditions, (c) => c.status === 'fail'),
      conditions_unknown: count(r.conditions, (c) => c.status === 'unknown'),
      score_min: r.score?.range[0] ?? null,
      score_max: r.score?.range[1] ?? null,
      score_points: r.score?.points ?? null,
      score_bonus: r.score?.bonus ?? null,
      score_full: r.score?.max ?? null,
      band: r.score?.band ?? null,
      claimed_inflation: r.score ? r.score.inflation : null,
      alliance_name: alliance,
      alliance_name_normalized: alliance ? unitKey(alliance) : null,
      lead_unit: lead,
      lead_unit_normalized: lead ? unitKey(lead) : null,
      lead_credit_code: r.facts.leadCreditCode?.value ?? null,
      member_count: r.facts.memberCount?.value ?? null,
      member_count_declared: r.facts.memberCountDeclared?.value ?? null,
      member_rows: r.facts.members?.value?.length ?? 0,
      documents: docs.length,
      documents_unreadable: count(docs, (d) => d.quality === 'error'),
      documents_ocr: count(docs, (d) => d.ocr),
      pages: docs.reduce((n, d) => n + (d.pages ?? 0), 0),
      facts_found: count(facts, (f) => f.status === 'found'),
      facts_absent: count(facts, (f) => f.status === 'absent'),
      facts_unreadable: count(facts, (f) => f.status === 'unreadable'),
      messages_error: count(r.messages, (m) => m.level === 'error'),
      messages_warning: count(r.messages, (m) => m.level === 'warning'),
    };
    return [row];
  },
};
