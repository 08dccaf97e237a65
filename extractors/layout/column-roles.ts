import type { Cell } from '../../src/model/document.js';
import { isCodeText, isDateText, isMeasureUnit, isPersonName, isRowNumber, isUnitName, memberTypeWord, withoutCodes } from '../../src/text/cell-content.js';
import { cleanUnitName, findProvincialPlatforms } from '../../src/text/organizations.js';
import { toHalfWidth } from '../../src/text/normalize.js';

/** What a table column holds. */
export type ColumnRole =
  | 'index'
  | 'name'
  | 'code'
  | 'type'
  | 'person'
  | 'sign'
  | 'seal'
  | 'date'
  | 'platform'
  | 'location'
  /** An indicator or item label of a data or self-evaluation table (指标, 考核内容). */
  | 'label'
  /** The value stated for the row (数值, 完成情况, 实际值). */
  | 'value'
  /** Points an indicator weighs (权重, 分值, 满分). */
  | 'weight'
  /** Points claimed or given (得分, 自评得分). */
  | 'score'
  /** Grounds written for a claim (自评依据, 说明, 备注). */
  | 'basis'
  /** The unit a value is counted in (万元, 项, %), in a column of its own. */
  | 'unit'
  | 'text';

/** A column of a list table: its merged header label, its role, and whether it takes a seal or a signature. */
export interface LayoutColumn {
  /** Header text of the column (stacked header rows joined); "" when the table has no header. */
  label: string;
  role: ColumnRole;
  /** The column is where units seal (单位（盖章）, 盖章). */
  seals: boolean;
  /** The column is where people sign by hand (签字, 签名). */
  signs: boolean;
}

const HEADER_ROLES: readonly [ColumnRole, RegExp][] = [
  ['index', /^(?:序号|编号|序|no\.?|排序)$/u],
  ['score', /得分|评分|自评分|^分数$|^评价结果$/u],
  ['weight', /权重|分值|满分|标准分|^分$/u],
  ['basis', /依据|说明|备注|证明材料|佐证/u],
  ['value', /数值|指标值|完成值|实际值|完成情况|实际完成|现状|填报值|年度值|^数据$|^值$|^情况$/u],
  ['label', /指标|考核内容|评价内容|评价项目|^项目$|^内容$/u],
  ['date', /日期|时间/u],
  ['code', /代码|信用/u],
  ['type', /类型|性质|类别|属性/u],
  ['platform', /平台|研发机构|重点实验室|研究中心|技术中心/u],
  ['location', /所在地|地址|住所|地区|所在市|注册地|所在省|区域/u],
  ['name', /单位|名称|缔约方|成员|参与方|甲方|乙方/u],
  ['person', /法定代表人|负责人|代表|联系人|姓名|签字|签名/u],
  ['seal', /盖章|公章|印章|签章|\(章\)/u],
];

/** Header words of any known column: a row made of them is a header row. */
export function headerRoleOf(label: string): ColumnRole {
  const t = normalizeLabelKeepParens(label);
  if (!t) return 'text';
  return HEADER_ROLES.find(([, re]) => re.test(t))?.[0] ?? 'text';
}

/** The role a column's content suggests: the kind most of its filled cells share (≥ 60 %), else 'text'. */
export function contentRoleOf(cells: readonly (Cell | null)[]): ColumnRole | 'empty' {
  const texts = cells.map((c) => (c?.text ?? '').trim()).filter((t) => t.length > 0);
  if (texts.length === 0) return 'empty';
  const share = (test: (t: string) => boolean) => texts.filter(test).length / texts.length;
  const firstLine = (t: string) => cleanUnitName(withoutCodes(t).replace(/\s+/gu, ''));
  const kinds: [ColumnRole, (t: string) => boolean][] = [
    ['index', isRowNumber],
    ['unit', isMeasureUnit],
    ['name', (t) => isUnitName(firstLine(t))],
    ['code', (t) => isCodeText(t) && t.replace(/\s/gu, '').length <= 30],
    ['type', (t) => memberTypeWord(t) !== null],
    ['date', isDateText],
    ['platform', (t) => findProvincialPlatforms(t).length > 0],
    ['person', isPersonName],
  ];
  return kinds.find(([, test]) => share(test) >= 0.6)?.[0] ?? 'text';
}

/**
 * The role of a column from its header and its content. Header words decide when content agrees
 * or says nothing; content decides when the header is silent (no header, 备注…) or when a name-like
 * header ("成员单位名称及法人代码") stands over unit names.
 */
export function columnOf(label: string, cells: readonly (Cell | null)[]): LayoutColumn {
  const t = normalizeLabelKeepParens(label);
  const seals = /盖章|公章|印章|签章|\(章\)/u.test(t);
  const signs = /签字|签名|签章/u.test(t);
  const byHeader = headerRoleOf(label);
  const byContent = contentRoleOf(cells);
  let role: ColumnRole = byHeader;
  if (byContent === 'unit' && (byHeader === 'text' || byHeader === 'name' || /单位/u.test(t))) role = 'unit';
  else if (byContent === 'name' && /单位|名称|成员|方/u.test(t)) role = 'name';
  else if (byHeader === 'text' && byContent !== 'empty') role = byContent;
  else if (byHeader === 'name' && (seals || signs) && byContent !== 'name') role = signs ? 'sign' : 'seal';
  else if (byHeader === 'person' && signs) role = 'sign';
  else if (byHeader === 'seal' && byContent === 'name') role = 'name';
  return { label, role, seals, signs };
}

/** A label for comparison: half-width, lower-case, no whitespace; bracketed words (盖章, 签字) kept. */
function normalizeLabelKeepParens(label: string): string {
  return toHalfWidth(label).replace(/\s+/gu, '').toLowerCase();
}
