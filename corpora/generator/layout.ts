import type { FigureStyle } from './numbers.js';

/**
 * How a submission's documents are laid out, independently of what they say. Every field's
 * default is the plain layout of the embedded sample, so `{}` writes the sample's files.
 * Layout variants (variants.ts) are named sets of these options; a variant of a submission must
 * read to the same facts and verdict as its plain form.
 */
export interface Layout {
  /**
   * Agreement: how the member units are listed before the clauses.
   * 'case' (default): the case's own style, a member table or 甲方/乙方 lines.
   * 'table-wrapped': the member table with narrow 序号 / 单位类型 columns and line breaks in its header cells.
   * 'table-two-row': the member table under a two-row header (「单位信息」 over 单位类型 and 统一社会信用代码).
   * 'records': numbered records 「1.单位名称：…；单位性质：…；统一社会信用代码：…；法定代表人：…；住所：…。」.
   * 'sentence': 「本协议由A、B、C等N家单位共同订立」, the member table moved onto the signature page.
   */
  parties?: 'case' | 'table-wrapped' | 'table-two-row' | 'records' | 'sentence';
  /**
   * Agreement: how the member units sign.
   * 'table' (default): one row per unit.
   * 'table-wrapped': a narrow 「法定代表人或授权代表（签字）」 column whose header wraps over lines.
   * 'table-two-row': 「签署」 spanning the signature columns, 序号 and 成员单位 spanning both header rows.
   * 'table-blank': an empty 「单位（盖章）」 column beside 成员单位, unsigned rows left blank.
   * 'blocks' / 'blocks-bordered': two signature blocks side by side per row of a borderless / ruled table.
   * 'blocks-paragraphs': the signature blocks as plain paragraphs.
   * 'blocks-aliases': blocks that name only the party (「甲方（盖章）：」), for 甲方/乙方 preambles.
   */
  signatures?: 'table' | 'table-wrapped' | 'table-two-row' | 'table-blank' | 'blocks' | 'blocks-bordered' | 'blocks-paragraphs' | 'blocks-aliases';
  /** Henan proposal cover: 「牵头单位（盖章）：…　　　　填报日期：…」 on one line (default false: two paragraphs). */
  coverLine?: boolean;
  /** Gansu form: 承担科研项目情况 / 获科技奖励情况 as one level-tagged item per line (default false: a summary sentence). */
  levelItems?: boolean;
  /** Page layout of the PDF documents (default 'default'); see WriteOptions.pdfPage. */
  pdfPage?: 'default' | 'official';
  /**
   * Scored programs: how the self-evaluation table (自评表) is laid out.
   * 'plain' (default): 一级指标 | 三级指标 | 权重(分) | 得分.
   * 'detailed': 序号 | 一级指标 (one cell merged over its indicators' rows) | 二级指标/三级指标 | 权重（分） |
   *   完成情况 (the figures the indicator is scored on) | 自评得分 | 自评依据 (a reference to the data sheet).
   * 'grounds': the same without 完成情况; 自评依据 states the figures in a sentence (「企业拥有的全部有效发明专利数为7项」).
   */
  selfEvaluation?: 'plain' | 'detailed' | 'grounds';
  /**
   * Scored programs: how the data sheet (申报数据表 / 考核数据表) lists its figures.
   * 'plain' (default): 指标 | 数值, the unit in the value cell.
   * 'unit-column': 指标 | 单位 | 数值, the number apart from its unit.
   * 'pairs': 指标 | 数值 | 指标 | 数值, two figures per row.
   */
  dataSheet?: 'plain' | 'unit-column' | 'pairs';
  /** How data sheets and the Gansu form write their figures (default 'arabic', as the plain form); see FigureStyle. */
  figures?: FigureStyle;
}
