import type { Verdict } from '../model/finding.js';
import type { Report } from '../model/report.js';
import type { SummaryRow } from '../model/summary.js';
import { FLAG_LABELS, VERDICT_LABELS } from './labels.js';

export type { SummaryRow };

/** The batch summary rows, one per submission, in batch order. */
export function summarize(reports: readonly Report[]): SummaryRow[] {
  return reports.map((r) => ({
    submission: r.submission.id,
    pack: r.pack?.id ?? null,
    verdict: r.verdict,
    failed: r.conditions.filter((c) => c.status === 'fail').map((c) => c.id),
    unknown: r.conditions.filter((c) => c.status === 'unknown').map((c) => c.id),
    documents: r.submission.documents.length,
    unreadableFiles: r.submission.documents.filter((d) => d.quality === 'error').map((d) => d.file),
    allianceName: r.facts.allianceName?.value ?? null,
    leadUnit: r.facts.leadUnit?.value ?? null,
    memberCount: r.facts.memberCount?.value ?? null,
    scoreRange: r.score ? r.score.range : null,
    band: r.score?.band ?? null,
    inflation: r.score ? r.score.inflation : null,
    scorePoints: r.score?.points ?? null,
    scoreBonus: r.score?.bonus ?? null,
    scoreFull: r.score?.max ?? null,
    flags: r.flags.map((f) => f.id),
  }));
}

/** Verdicts in the order officials act on them: failed, could not be checked, needs review, passed. */
const ACTION_ORDER: Record<Verdict, number> = { fail: 0, error: 1, 'needs-review': 2, pass: 3 };

/** The rows failures first (then 无法审查, 待人工核实, 通过), batch order within each verdict. */
export function failuresFirst<T extends { verdict: Verdict }>(rows: readonly T[]): T[] {
  return rows.map((row, i) => ({ row, i })).sort((a, b) => ACTION_ORDER[a.row.verdict] - ACTION_ORDER[b.row.verdict] || a.i - b.i).map((x) => x.row);
}

/**
 * One column of summary.csv and of the 审查汇总 sheet of summary.xlsx, with its codebook entry: the
 * English field name (stable: scripts read it), the Chinese header, what it means, its unit and its
 * allowed values.
 */
export interface SummaryColumn {
  /** English field name: the summary.csv header; never renamed. */
  key: string;
  /** Chinese header of the 审查汇总 sheet. */
  header: string;
  /** What the column holds (Chinese). */
  meaning: string;
  /** Unit (分, 个, 份) or '' for text. */
  unit: string;
  /** Allowed values (Chinese), or '' for free text. */
  values: string;
  /** Column width in the sheet, in characters. */
  width: number;
  /** The cell of a row: text, a number, or null (empty). */
  cell: (row: SummaryRow) => string | number | null;
}

const list = (items: readonly string[]): string | null => (items.length > 0 ? items.join(' ') : null);

/**
 * The summary columns, in order. The first fifteen are those summary.csv always had; the columns after
 * them were added (score parts, flags) and new ones are only ever appended.
 */
export const SUMMARY_COLUMNS: readonly SummaryColumn[] = [
  { key: 'submission', header: '申报编号', meaning: '申报编号（文件夹或压缩包名）', unit: '', values: '', width: 24, cell: (r) => r.submission },
  { key: 'pack', header: '申报项目', meaning: '审查所用的规则包编号', unit: '', values: '规则包编号，见 filings packs list；无法确定时为空', width: 30, cell: (r) => r.pack },
  { key: 'verdict', header: '结论代码', meaning: '审查结论代码', unit: '', values: 'pass / fail / needs-review / error', width: 13, cell: (r) => r.verdict },
  { key: 'verdict_zh', header: '审查结论', meaning: '审查结论（中文），已计入红旗', unit: '', values: Object.values(VERDICT_LABELS).join(' / '), width: 12, cell: (r) => VERDICT_LABELS[r.verdict] },
  { key: 'failed', header: '不符合的条件', meaning: '不符合的条件编号，以空格分隔', unit: '', values: '条件编号（见 RULES.md）', width: 34, cell: (r) => list(r.failed) },
  { key: 'unknown', header: '待核实的条件', meaning: '无法判定、需人工核实的条件编号，以空格分隔', unit: '', values: '条件编号（见 RULES.md）', width: 34, cell: (r) => list(r.unknown) },
  { key: 'alliance_name', header: '联盟名称', meaning: '联盟名称（材料中载明时）', unit: '', values: '', width: 36, cell: (r) => r.allianceName },
  { key: 'lead_unit', header: '牵头单位', meaning: '牵头单位（材料中载明时）', unit: '', values: '', width: 30, cell: (r) => r.leadUnit },
  { key: 'member_count', header: '列明成员单位数', meaning: '材料中列明的成员单位数', unit: '个', values: '非负整数；未找到时为空', width: 15, cell: (r) => r.memberCount },
  { key: 'documents', header: '材料数', meaning: '申报材料文件数', unit: '份', values: '非负整数', width: 9, cell: (r) => r.documents },
  { key: 'unreadable_files', header: '无法读取的文件', meaning: '无法读取的文件名，以空格分隔', unit: '', values: '', width: 30, cell: (r) => list(r.unreadableFiles) },
  { key: 'score_min', header: '总分下限', meaning: '总分（基本分＋加分）下限；有待评审的定性指标时与上限不同', unit: '分', values: '数字；规则包无评分表时为空', width: 10, cell: (r) => r.scoreRange?.[0] ?? null },
  { key: 'score_max', header: '总分上限', meaning: '总分（基本分＋加分）上限：定性指标均取最高档时的总分', unit: '分', values: '数字；规则包无评分表时为空', width: 10, cell: (r) => r.scoreRange?.[1] ?? null },
  { key: 'band', header: '档次', meaning: '总分所在档次（如 优秀 / 合格 / 不合格）；总分范围跨档时为空', unit: '', values: '评分表规定的档次名；无档次或未定时为空', width: 10, cell: (r) => r.band },
  { key: 'claimed_inflation', header: '自评虚高分数', meaning: '自评表中高于证据支持分数的部分，各指标合计（自评分 − 证据支持的最高分）', unit: '分', values: '≥ 0 的数字；规则包无评分表时为空', width: 12, cell: (r) => r.inflation },
  { key: 'score_points', header: '基本分', meaning: '基本分（不含加分）下限', unit: '分', values: '数字；规则包无评分表时为空', width: 9, cell: (r) => r.scorePoints },
  { key: 'score_bonus', header: '加分', meaning: '加分（封顶后）下限', unit: '分', values: '≥ 0 的数字；规则包无评分表时为空', width: 8, cell: (r) => r.scoreBonus },
  { key: 'score_full', header: '满分', meaning: '评分表基本分满分（不含加分）', unit: '分', values: '数字；规则包无评分表时为空', width: 8, cell: (r) => r.scoreFull },
  { key: 'flags', header: '红旗代码', meaning: '申报所带红旗的代码，以空格分隔', unit: '', values: 'score.inflated / batch.quota / batch.deadline；无红旗时为空', width: 28, cell: (r) => list(r.flags) },
  {
    key: 'flags_zh',
    header: '红旗',
    meaning: '申报所带红旗（中文），以顿号分隔；自评虚高、超出推荐名额转人工核实，逾期报送判不通过',
    unit: '',
    values: `${Object.values(FLAG_LABELS).join(' / ')}；无红旗时为空`,
    width: 22,
    cell: (r) => (r.flags.length > 0 ? r.flags.map((f) => FLAG_LABELS[f]).join('、') : null),
  },
];
