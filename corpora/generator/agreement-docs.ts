import type { Layout } from './layout.js';
import { LINE_BREAK } from './spec.js';
import type { DocSpec, SpecBlock, SpecCell } from './spec.js';
import type { Unit } from './units.js';
import { breakCode } from './units.js';
import { partyLabel } from './numbers.js';

const c = (text: string, colSpan = 1, rowSpan = 1): SpecCell => (rowSpan > 1 ? { text, colSpan, rowSpan } : { text, colSpan });
const KIND = { enterprise: '企业', university: '高等院校', institute: '科研机构', other: '其他' } as const;
const SIGNED_DATE = '2020年8月20日';
const BLANK_DATE = '年 月 日';

/** What an agreement says: the truth it is written from. */
export interface AgreementCase {
  alliance: string;
  lead: Unit;
  members: Unit[];
  duplicate?: string;
  badCodes?: string[];
  partyStyle: 'table' | 'lines';
  goals: boolean;
  division: boolean;
  fundClause: boolean;
  /** Fund use is supervised (audit / disclosure). */
  fundSupervision: boolean;
  /** IP chapter: ownership + licensing always; revenue sharing and liability when true. */
  ipFull: boolean;
  unsigned: string[];
  /** Signature page header wording. */
  signatureStyle: 'henan' | 'gansu';
  /** The signature page is a scan: no text layer. */
  scannedSignature?: boolean;
}

/** The listed parties: every member in order, plus the duplicate listed a second time. */
function listed(k: AgreementCase): Unit[] {
  return k.duplicate ? [...k.members, k.members.find((m) => m.name === k.duplicate)!] : k.members;
}

function codeOf(k: AgreementCase, m: Unit): string {
  return k.badCodes?.includes(m.name) ? breakCode(m.code) : m.code;
}

/** A registered address in the unit's province (records name 住所). */
function address(m: Unit, i: number): string {
  const municipality = ['北京', '上海', '天津', '重庆'].includes(m.province);
  return `${m.province}${municipality ? '市' : '省'}${m.name.slice(0, 2)}科技园区创新路${(i + 1) * 8}号`;
}

function parties(k: AgreementCase, layout: Layout): SpecBlock[] {
  const list = listed(k);
  const code = (m: Unit) => codeOf(k, m);
  const style = layout.parties ?? 'case';
  if (style === 'records') {
    return list.map((m, i) => ({
      kind: 'paragraph',
      text: `${i + 1}.单位名称：${m.name}；单位性质：${KIND[m.type]}；统一社会信用代码：${code(m)}；法定代表人：${m.rep}；住所：${address(m, i)}。`,
    }));
  }
  if (style === 'sentence') {
    if (k.duplicate) throw new Error(`Expected a member list without a duplicate for the 'sentence' layout, got ${k.duplicate} twice`);
    const first = list.slice(0, 3).map((m) => m.name).join('、');
    return [{ kind: 'paragraph', text: `本协议由${first}等${list.length}家单位共同订立，各成员单位名称、类型、统一社会信用代码及签署情况见签署页。` }];
  }
  if (k.partyStyle === 'lines') {
    return list.map((m, i) => ({ kind: 'paragraph', text: `${partyLabel(i)}：${m.name}（统一社会信用代码：${code(m)}）` }));
  }
  const body = list.map((m, i) => [c(String(i + 1)), c(m.name, 2), c(KIND[m.type]), c(code(m), 2)]);
  if (style === 'table-wrapped') {
    // Narrow 序号 and 单位类型 columns: their header and the longer type words wrap inside the cell.
    return [{ kind: 'table', widths: [24, 130, 130, 31, 83.5, 83.5], rows: [[c('序号'), c('单位名称', 2), c(`单位${LINE_BREAK}类型`), c(`统一社会${LINE_BREAK}信用代码`, 2)], ...body] }];
  }
  if (style === 'table-two-row') {
    return [{ kind: 'table', rows: [[c('序号', 1, 2), c('单位名称', 2, 2), c('单位信息', 3)], [c('单位类型'), c('统一社会信用代码', 2)], ...body] }];
  }
  return [{ kind: 'table', rows: [[c('序号'), c('单位名称', 2), c('单位类型'), c('统一社会信用代码', 2)], ...body] }];
}

/** What one member's signature cells hold: the typed representative and date / seal mark, or placeholders. */
function signatureCells(k: AgreementCase, m: Unit): [string, string] {
  const signed = !k.unsigned.includes(m.name);
  return k.signatureStyle === 'henan' ? [signed ? m.rep : '（签字）', signed ? SIGNED_DATE : BLANK_DATE] : [signed ? m.rep : '（签字）', signed ? '（已盖章）' : '（盖章）'];
}

/** One signature block: party line, unit (unless aliased), representative, date (Henan). */
function signatureBlock(k: AgreementCase, m: Unit, i: number, aliased: boolean): string[] {
  const signed = !k.unsigned.includes(m.name);
  const lines = [`${partyLabel(i)}（盖章）：`];
  if (!aliased) lines.push(m.name);
  lines.push(`法定代表人（签字）：${signed ? m.rep : ''}`);
  if (k.signatureStyle === 'henan') lines.push(`日期：${signed ? SIGNED_DATE : BLANK_DATE}`);
  return lines;
}

function signatureLayout(k: AgreementCase, layout: Layout): SpecBlock[] {
  const style = layout.signatures ?? 'table';
  const henan = k.signatureStyle === 'henan';
  if (layout.parties === 'sentence') {
    // The member table of the preamble, moved here and signed row by row.
    const header = ['序号', '成员单位', '单位类型', '统一社会信用代码', henan ? '法定代表人（签字）' : '法定代表人签字', henan ? '签署日期' : '单位盖章'];
    const rows = k.members.map((m, i) => [String(i + 1), m.name, KIND[m.type], codeOf(k, m), ...signatureCells(k, m)]);
    return [{ kind: 'table', widths: [26, 170, 50, 106, 60, 74], rows: [header, ...rows].map((r) => r.map((t) => c(t))) }];
  }
  if (style.startsWith('blocks')) {
    if (style === 'blocks-aliases' && k.partyStyle !== 'lines') throw new Error(`Expected a 甲方/乙方 preamble for aliased signature blocks, got partyStyle ${k.partyStyle}`);
    const blocks = k.members.map((m, i) => signatureBlock(k, m, i, style === 'blocks-aliases'));
    if (style === 'blocks-paragraphs') return blocks.flatMap((b, i) => [...(i > 0 ? [{ kind: 'paragraph' as const, text: '' }] : []), ...b.map((text) => ({ kind: 'paragraph' as const, text }))]);
    const rows: SpecCell[][] = [];
    for (let i = 0; i < blocks.length; i += 2) rows.push([c(blocks[i].join('\n')), c(blocks[i + 1]?.join('\n') ?? '')]);
    return [{ kind: 'table', rows, borders: style === 'blocks-bordered' }];
  }
  if (style === 'table-wrapped') {
    const header = [henan ? '成员单位（盖章）' : '成员单位', `法定代表人或${LINE_BREAK}授权代表${henan ? '（签字）' : '签字'}`, henan ? '签署日期' : '单位盖章'];
    return [{ kind: 'table', widths: [322, 74, 86], rows: [header, ...k.members.map((m) => [m.name, ...signatureCells(k, m)])].map((r) => r.map((t) => c(t))) }];
  }
  if (style === 'table-two-row') {
    const header: SpecCell[][] = [
      [c('序号', 1, 2), c(henan ? '成员单位（盖章）' : '成员单位', 1, 2), c('签署', 2)],
      [c(henan ? '法定代表人（签字）' : '法定代表人签字'), c(henan ? '签署日期' : '单位盖章')],
    ];
    return [{ kind: 'table', widths: [30, 220, 116, 116], rows: [...header, ...k.members.map((m, i) => [String(i + 1), m.name, ...signatureCells(k, m)].map((t) => c(t)))] }];
  }
  if (style === 'table-blank') {
    // Born-digital: nothing is sealed on screen; the typed representative signs, unsigned rows stay empty.
    const header = henan ? ['成员单位', '单位（盖章）', '法定代表人（签字）', '签署日期'] : ['成员单位', '单位（盖章）', '法定代表人签字'];
    const rows = k.members.map((m) => {
      const signed = !k.unsigned.includes(m.name);
      return henan ? [m.name, '', signed ? m.rep : '', signed ? SIGNED_DATE : ''] : [m.name, '', signed ? m.rep : ''];
    });
    return [{ kind: 'table', rows: [header, ...rows].map((r) => r.map((t) => c(t))) }];
  }
  const header = henan ? ['成员单位（盖章）', '法定代表人（签字）', '签署日期'] : ['成员单位', '法定代表人签字', '单位盖章'];
  return [{ kind: 'table', rows: [header.map((h) => c(h)), ...k.members.map((m) => [c(m.name), ...signatureCells(k, m).map((t) => c(t))])] }];
}

function signaturePage(k: AgreementCase, layout: Layout): SpecBlock[] {
  if (k.scannedSignature) return [{ kind: 'scannedPage' }];
  return [{ kind: 'pageBreak' }, { kind: 'heading', level: 2, text: '签署页' }, ...signatureLayout(k, layout)];
}

/** 联盟协议书 following the ministry's drafting outline (seed 004 附件4). */
export function agreementSpec(k: AgreementCase, layout: Layout = {}): DocSpec {
  const blocks: SpecBlock[] = [
    { kind: 'heading', level: 2, text: '一、缔约方基本信息' },
    ...parties(k, layout),
    { kind: 'heading', level: 2, text: '二、鉴于条款' },
    { kind: 'paragraph', text: '鉴于各方在新材料领域具有良好的合作基础，为推动产业技术创新，经友好协商，达成如下协议。' },
    { kind: 'heading', level: 2, text: '第一章 联盟名称、组织原则和组建宗旨' },
    { kind: 'paragraph', text: `第一条 联盟名称为“${k.alliance}”。` },
    { kind: 'paragraph', text: '第二条 联盟遵循平等自愿、优势互补、利益共享、风险共担的原则。' },
  ];
  if (k.goals || k.division) {
    blocks.push({ kind: 'heading', level: 2, text: '第二章 技术创新目标、任务和成员分工' });
    if (k.goals) blocks.push({ kind: 'paragraph', text: '第三条 联盟的技术创新目标是：突破关键共性技术，形成产业核心技术标准，提升产业整体竞争力。' });
    if (k.division) blocks.push({ kind: 'paragraph', text: `第四条 成员任务分工：${k.lead.name}牵头负责总体技术路线和产业化；高等院校负责基础研究和人才培养；科研机构负责共性技术研发；其他企业分别承担中试验证和推广应用。` });
  }
  blocks.push(
    { kind: 'heading', level: 2, text: '第三章 联盟的组织机构及职责' },
    { kind: 'paragraph', text: '第五条 联盟设立理事会、专家委员会和秘书处。理事会是联盟的决策机构；专家委员会是联盟的咨询机构；秘书处是联盟的执行机构，负责日常事务。' },
    { kind: 'heading', level: 2, text: '第四章 联盟成员' },
    { kind: 'paragraph', text: '第六条 符合条件的单位经理事会审议同意，可以申请加入联盟；成员可以书面申请退出联盟。' },
    { kind: 'heading', level: 2, text: '第五章 联盟的项目管理' },
    { kind: 'paragraph', text: '第七条 联盟项目实行项目负责人制，由秘书处组织立项、检查和验收。' },
  );
  if (k.fundClause) {
    blocks.push({ kind: 'heading', level: 2, text: '第六章 联盟的经费管理' });
    blocks.push({ kind: 'paragraph', text: '第八条 联盟经费由成员单位共同筹集，实行预算管理、专款专用。' });
    if (k.fundSupervision) blocks.push({ kind: 'paragraph', text: '第九条 联盟经费的使用接受理事会和有关部门的监督，每年进行一次审计并向成员公开。' });
  }
  blocks.push(
    { kind: 'heading', level: 2, text: '第七章 收益分配原则和知识产权管理' },
    { kind: 'paragraph', text: '第十条 联盟研发项目产生的知识产权归属由项目合同事先约定；成员单位可在联盟内优先许可使用。' },
  );
  if (k.ipFull) blocks.push({ kind: 'paragraph', text: '第十一条 成果转化收益按各方投入比例分配。' });
  blocks.push({ kind: 'heading', level: 2, text: '第八章 联盟的解散和清算' }, { kind: 'paragraph', text: '第十二条 联盟完成宗旨或经理事会决定解散的，由秘书处组织清算。' });
  if (k.ipFull) blocks.push({ kind: 'heading', level: 2, text: '第九章 违约责任' }, { kind: 'paragraph', text: '第十三条 任何一方违反本协议约定的，应承担违约责任，赔偿由此给其他成员造成的损失。' });
  blocks.push({ kind: 'heading', level: 2, text: '第十章 附则' }, { kind: 'paragraph', text: '第十四条 本协议自各方签字盖章之日起生效，一式若干份，各方各执一份。' }, ...signaturePage(k, layout));
  return { title: `${k.alliance}协议书`, blocks };
}
