import type { Json } from '@duckdb/node-api';
import { VERDICT_LABELS } from '../report/labels.js';
import type { CorpusStatistics, StatRow } from './statistics.js';
import { TOP } from './statistics.js';

/** How a cell is shown: as it is, a share as a percentage, or a number. */
export type CellFormat = 'text' | 'percent' | 'number';

export interface SectionColumn {
  /** Column of the statistics row (the English field name, shown under the Chinese header). */
  key: string;
  /** Chinese header. */
  header: string;
  format?: CellFormat;
}

export interface SectionTable {
  caption?: string;
  /** false: the headers alone, without the field names (a table made up for the report). */
  keys?: boolean;
  columns: SectionColumn[];
  rows: StatRow[];
}

/** The charts corpus.html draws (corpus-charts.ts), by name. */
export type ChartName = 'verdicts' | 'coverage' | 'members' | 'scores' | 'conditions' | 'regions';

/** One section of corpus.md and corpus.html: a heading, a note, tables, and the chart of the HTML page. */
export interface Section {
  id: string;
  title: string;
  note?: string;
  chart?: ChartName;
  tables: SectionTable[];
}

/** A cell as text: shares as percentages with one decimal, null as —. */
export function cellText(value: Json | undefined, format: CellFormat = 'text'): string {
  if (value === null || value === undefined || value === '') return '—';
  if (format === 'percent' && typeof value === 'number') return `${(value * 100).toFixed(1)}%`;
  if (format === 'number' && typeof value === 'number') return `${Math.round(value * 100) / 100}`;
  return String(value);
}

const c = (key: string, header: string, format?: CellFormat): SectionColumn => ({ key, header, ...(format ? { format } : {}) });
const n = (key: string, header: string): SectionColumn => c(key, header, 'number');

/** The sections of the corpus report, in order, from the statistics. */
export function corpusSections(s: CorpusStatistics): Section[] {
  const t = s.totals;
  const verdicts = VERDICT_LABELS;
  return [
    {
      id: 'overview',
      title: '概况 Overview',
      tables: [
        {
          keys: false,
          columns: [c('what', '项目'), c('field', 'field'), n('value', '数量')],
          rows: [
            ['申报', 'submissions'],
            ['材料文件', 'documents'],
            ['成员单位（行）', 'members'],
            ['不同成员单位（规范化名称）', 'distinct_units'],
            ['事实（行）', 'facts'],
            ['条件结果（行）', 'conditions'],
            ['雷同文档对', 'near_duplicate_pairs'],
            ['雷同簇', 'clusters'],
            ['模板段落', 'boilerplate'],
            ['参加多个联盟的单位', 'units_in_many_alliances'],
            ['名称与代码冲突', 'name_code_conflicts'],
          ].map(([what, field]) => ({ what, field, value: t[field] ?? 0 })),
        },
      ],
    },
    {
      id: 'verdicts',
      title: '审查结论（按规则包） Verdicts by pack',
      chart: 'verdicts',
      tables: [{ columns: [c('pack', '规则包 pack'), c('title', '申报项目'), n('submissions', '申报数'), n('pass', verdicts.pass), n('fail', verdicts.fail), n('needs_review', verdicts['needs-review']), n('error', verdicts.error)], rows: s.verdictsByPack }],
    },
    {
      id: 'documents',
      title: '材料（按文件类型） Documents by kind',
      tables: [{ columns: [c('kind', '文件类型 kind'), n('documents', '文件数'), n('ocr', '经OCR'), n('partly_read', '部分可读或不可读'), n('unreadable', '无法读取')], rows: s.documentsByKind }],
    },
    {
      id: 'coverage',
      title: '字段覆盖率 Fact coverage',
      note: 'found 已找到 / absent 材料中没有 / unreadable 无法可靠读取 / not_reported 报告中无此事实（没有含此事实的材料）。逐规则包的数字见视图 fact_coverage，按文件类型见 fact_coverage_by_kind。',
      chart: 'coverage',
      tables: [
        { caption: '按事实 by fact（by_pack：各规则包中 found 的比例）', columns: [c('fact', '事实 fact'), n('submissions', '申报数'), n('found', '已找到'), n('absent', '缺失'), n('unreadable', '无法读取'), n('not_reported', '未报告'), c('by_pack', '各规则包找到比例 by_pack')], rows: s.coverage },
        { caption: '按证据所在文件类型 by document kind', columns: [c('document_kind', '文件类型 document_kind'), n('facts_named', '涉及事实数'), n('found', '已找到'), n('absent', '缺失'), n('unreadable', '无法读取')], rows: s.coverageByKind },
      ],
    },
    {
      id: 'members',
      title: '成员单位数分布 Member counts',
      chart: 'members',
      tables: [
        { caption: '按规则包 by pack（member_count）', columns: [c('pack', '规则包 pack'), n('n', '申报数'), n('min', '最小'), n('p25', '下四分位'), n('median', '中位数'), n('p75', '上四分位'), n('max', '最大'), n('mean', '平均')], rows: s.memberSummary },
        { caption: '直方图 histogram（每 5 个一组，lo 为下限）', columns: [n('lo', '成员单位数 lo'), n('submissions', '申报数')], rows: s.memberHistogram },
      ],
    },
    {
      id: 'scores',
      title: '得分与自评虚高 Scores and inflation',
      note: '得分为总分下限 score_min（基本分＋加分）；open_ranges 为含待评审定性指标、得分是区间的申报数。',
      chart: 'scores',
      tables: [
        { caption: '得分 score_min（按规则包）', columns: [c('pack', '规则包 pack'), n('n', '申报数'), n('full_marks', '满分'), n('min', '最小'), n('median', '中位数'), n('max', '最大'), n('mean', '平均'), n('open_ranges', '区间得分')], rows: s.scoreSummary },
        { caption: '得分直方图（每 10 分一组）', columns: [n('lo', '得分 lo'), n('submissions', '申报数')], rows: s.scoreHistogram },
        { caption: '自评虚高 claimed_inflation', columns: [c('pack', '规则包 pack'), n('scored', '评分申报数'), n('inflated', '虚高申报数'), n('excess_points', '虚高分合计'), n('max_excess', '单份最高')], rows: s.inflationSummary },
        { caption: `虚高最多的指标（前 ${TOP}）`, columns: [c('pack', '规则包 pack'), c('label', '指标 label'), n('inflated', '虚高申报数'), n('claimed', '有自评分的申报数'), n('excess_points', '虚高分合计')], rows: s.inflatedIndicators },
      ],
    },
    {
      id: 'conditions',
      title: '条件不符合率 Failure rates by condition',
      note: `不符合或待核实最多的条件（前 ${TOP}；全部见视图 condition_outcomes）。`,
      chart: 'conditions',
      tables: [{ columns: [c('pack', '规则包 pack'), c('condition', '条件 condition'), c('title', '条件名称'), n('submissions', '申报数'), n('fail', '不符合'), n('unknown', '待核实'), c('fail_share', '不符合率', 'percent'), c('unknown_share', '待核实率', 'percent')], rows: s.conditionOutcomes }],
    },
    {
      id: 'regions',
      title: '按地区与年度 By region and year',
      chart: 'regions',
      tables: [
        { caption: '审查结论 verdicts_by_region_year', columns: [c('region', '地区 region'), c('year', '年度 year'), n('submissions', '申报数'), n('pass', verdicts.pass), n('fail', verdicts.fail), n('needs_review', verdicts['needs-review']), n('error', verdicts.error), c('fail_share', '不通过率', 'percent')], rows: s.verdictsByRegionYear },
        { caption: `条件不符合率（前 ${TOP}；全部见视图 condition_outcomes_by_region_year）`, columns: [c('region', '地区 region'), c('year', '年度 year'), c('condition', '条件 condition'), c('title', '条件名称'), n('submissions', '申报数'), n('fail', '不符合'), c('fail_share', '不符合率', 'percent')], rows: s.conditionsByRegionYear },
      ],
    },
    {
      id: 'similarity',
      title: '雷同文本与模板文字 Near-duplicates and boilerplate',
      note: '比较联盟协议书、章程、可行性研究报告与技术创新目标的文字（字符 5-gram，Jaccard ≥ 0.8，不同申报之间）。全部文档对见表 near_duplicates，全部模板段落见表 boilerplate。',
      tables: [
        { caption: `雷同簇（前 ${TOP}）`, columns: [n('cluster', '簇 cluster'), n('documents', '文档数'), c('min_jaccard', '最低相似度', 'number'), c('max_jaccard', '最高相似度', 'number'), c('kinds', '文件类型'), c('submissions', '涉及申报')], rows: s.clusters },
        { caption: `模板段落（前 ${TOP}）`, columns: [c('text', '段落 text'), n('chars', '字数'), n('submissions', '申报数'), c('share', '占比', 'percent')], rows: s.boilerplate },
      ],
    },
    {
      id: 'networks',
      title: '单位网络与数据质量 Networks and data quality',
      note: '单位按规范化名称（全角转半角、去空格、有限责任公司视同有限公司）匹配；联盟按规范化名称匹配。全部单位—联盟关系见表 unit_alliance_edges。',
      tables: [
        { caption: `参加多个联盟的单位（前 ${TOP}）`, columns: [c('unit', '单位 unit'), n('alliances', '联盟数'), n('submissions', '申报数'), n('lead_roles', '牵头次数'), c('alliance_names', '联盟名称')], rows: s.unitsInManyAlliances },
        { caption: `名称与信用代码冲突（前 ${TOP}）`, columns: [c('conflict', '冲突类型 conflict'), c('key', '名称或代码'), c('variants', '不同取值'), n('variant_count', '取值数'), n('submission_count', '申报数')], rows: s.nameCodeConflicts },
      ],
    },
  ];
}
