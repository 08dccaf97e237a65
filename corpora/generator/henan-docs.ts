import type { Layout } from './layout.js';
import type { DocSpec, SpecBlock, SpecCell } from './spec.js';
import { countsOf, type HenanCase } from './henan-case.js';
import { num, partyLabel, prose } from './numbers.js';
import { breakCode } from './units.js';

const cb = (on: boolean) => `{{cb:${on ? 1 : 0}}}`;
const c = (text: string, colSpan = 1): SpecCell => ({ text, colSpan });
const POOL = ['牵头单位是省内新材料领域的骨干企业，', '拥有完善的研发体系和中试条件，', '近三年主持制定国家和行业标准多项，', '主导产品国内市场占有率位居前列，', '研发投入占销售收入比例保持在百分之五以上，'];

function code(k: HenanCase, name: string, value: string): string {
  return k.badCodes?.includes(name) ? breakCode(value) : value;
}

/** 构建建议书 (seed 004 附件1). */
export function proposalSpec(k: HenanCase, format: 'docx' | 'pdf', layout: Layout = {}): DocSpec {
  const d = k.declared ?? countsOf(k.members);
  const n = (x: number) => num(x, k.numbers);
  const position = prose(k.leadPositionChars ?? 120, POOL);
  const positionRows: SpecCell[][] =
    format === 'docx'
      ? [[c('牵头单位在行业（领域）中的地位；（限200字）', 2), c(position, 4)]]
      : [[c('牵头单位在行业（领域）中的地位（限200字）', 6)], [c(position, 6)]];
  const yesNo = (label: string, yes: boolean, name: string) => [c(label, 2), c(`${cb(yes)}有 ${cb(!yes)}无`, 2), c(yes ? `名称：${name}` : '名称：', 2)];
  const date = '填报日期：2020年9月10日';
  // The cover's two fields on one line, apart by full-width spaces, as forms often have them.
  const cover: SpecBlock[] = layout.coverLine
    ? [
        { kind: 'paragraph', text: `联盟名称：${k.alliance}` },
        { kind: 'paragraph', text: `牵头单位（盖章）：${k.lead.name}　　　　${date}` },
        { kind: 'paragraph', text: `所属领域：${cb(true)}工业 ${cb(false)}农业 ${cb(false)}社会发展` },
        { kind: 'paragraph', text: '推荐单位：郑州市科学技术局' },
      ]
    : [
        { kind: 'paragraph', text: `联盟名称：${k.alliance}` },
        { kind: 'paragraph', text: `牵头单位：${k.lead.name}` },
        { kind: 'paragraph', text: `所属领域：${cb(true)}工业 ${cb(false)}农业 ${cb(false)}社会发展` },
        { kind: 'paragraph', text: '推荐单位：郑州市科学技术局' },
        { kind: 'paragraph', text: date },
      ];
  const blocks: SpecBlock[] = [
    ...cover,
    { kind: 'paragraph', text: '河南省科学技术厅制', align: 'center' },
    { kind: 'pageBreak' },
    { kind: 'heading', level: 2, text: '一、联盟基本情况' },
    {
      kind: 'table',
      columns: 6,
      rows: [
        [c('联盟名称', 2), c(k.alliance, 4)],
        [c('联盟牵头单位', 2), c(k.lead.name, 4)],
        [c('联盟联系人', 2), c('李明', 1), c('电话', 1), c('0371-65990001', 2)],
        [c('联盟成员总数', 2), c(`${n(d.total)}个，其中：`, 4)],
        [c('企业成员数量', 2), c(`${n(d.enterprise)}个`, 1), c('高校成员数量', 2), c(`${n(d.university)}个`, 1)],
        [c('研究机构成员数量', 2), c(`${n(d.institute)}个`, 1), c('其他成员数量', 2), c(`${n(d.other)}个`, 1)],
        ...positionRows,
      ],
    },
    { kind: 'heading', level: 2, text: '二、牵头单位基本情况' },
    {
      kind: 'table',
      columns: 6,
      rows: [
        [c('单位性质', 2), c(`${cb(true)}1、企业 ${cb(false)}2、科研院所 ${cb(false)}3、高等学校 ${cb(false)}4、其他`, 4)],
        [c('注册时间', 2), c('2003年5月', 1), c('组织机构代码', 1), c(code(k, k.lead.name, k.lead.code), 2)],
        [c('通讯地址', 2), c(k.lead.province === '河南' ? '郑州市高新区科学大道100号' : '武汉市东湖高新区光谷大道88号', 4)],
        [c('职工总数', 2), c(`${n(1260)}人`, 1), c('高级职称技术人员', 2), c(`${n(86)}人`, 1)],
        [c('单位注册资金', 2), c('5000万元', 1), c('上年末总资产', 2), c('3.2亿元', 1)],
        [c('上年度营业总收入', 2), c('12.5亿元', 1), c('上年度研发费用总额', 2), c('4800万元', 1)],
      ],
    },
    { kind: 'heading', level: 2, text: '三、联盟主要成员单位情况（只需填写5家主要成员单位的有关情况）' },
    {
      kind: 'table',
      columns: 6,
      rows: k.members.slice(1, 6).map((m, i) => [c(String(i + 1), 1), c(`名称：${m.name}`, 3), c(`机构代码：${code(k, m.name, m.code)}`, 2)]),
    },
    { kind: 'heading', level: 2, text: '四、联盟运行管理基本情况' },
    {
      kind: 'table',
      columns: 6,
      rows: [
        [c('理事会', 2), c(`${n(9)}人`, 1), c('专家委员会', 2), c(`${n(15)}人`, 1)],
        [c('秘书处专职人员', 2), c(`${n(k.staff)}人`, 1), c('专职人员来源', 1), c(k.staff > 0 ? `社会招聘${n(k.staff)}人` : '无', 2)],
        [c('2020年办公运行经费', 2), c('80万元', 1), c('经费比例构成', 1), c('成员单位分摊50万，占62.5%', 2)],
        yesNo('联盟章程或协议', true, `${k.alliance}协议书`),
        yesNo('项目管理制度', true, '联盟项目管理办法'),
        yesNo('经费管理制度', k.fundSystem, '联盟经费管理办法'),
        yesNo('人员管理制度', true, '秘书处人员管理办法'),
        yesNo('知识产权管理制度', true, '联盟知识产权管理办法'),
        yesNo('联盟专利池', false, ''),
      ],
    },
    { kind: 'heading', level: 2, text: '五、联盟构建背景和必要性（限300字以内）' },
    { kind: 'paragraph', text: prose(180, ['新材料产业是我省重点培育的战略性新兴产业，', '产业链上下游协同不足，', '关键材料依赖省外供应，', '亟需构建产学研协同创新机制，']) },
    { kind: 'heading', level: 2, text: '八、现有工作基础、条件与优势（限500字以内）' },
    { kind: 'paragraph', text: `联盟成员单位建有${k.platforms.join('、')}等研发平台，具备开展联合攻关的条件。` },
  ];
  return { title: '河南省产业技术创新战略联盟构建建议书', blocks };
}

/** 可行性研究报告 (seed 004 附件2 outline). */
export function feasibilitySpec(k: HenanCase): DocSpec {
  const blocks: SpecBlock[] = [
    { kind: 'heading', level: 2, text: '一、联盟构建的目的和意义' },
    { kind: 'paragraph', text: '我省新材料产业规模持续扩大，但关键共性技术供给不足，构建联盟有利于集聚创新资源，推动产业技术突破。' },
    { kind: 'heading', level: 2, text: '二、主要任务和目标' },
    { kind: 'paragraph', text: k.goals ? '联盟的技术创新目标是：三年内突破高性能复合材料制备等关键技术5项，形成行业标准3项。' : '联盟将围绕新材料产业开展合作。' },
    { kind: 'heading', level: 2, text: '三、现有工作基础、条件和优势' },
    { kind: 'paragraph', text: `主要成员单位建有${k.platforms.join('、')}。` },
    { kind: 'heading', level: 2, text: '四、联盟组成状况' },
    { kind: 'paragraph', text: `联盟由${k.lead.name}牵头，成员单位共${num(countsOf(k.members).total, k.numbers)}家。` },
    { kind: 'heading', level: 2, text: '五、拟合作开展科技创新的工作任务及分工' },
    { kind: 'paragraph', text: k.division ? '牵头单位负责总体技术路线，高校负责基础研究，企业负责中试与产业化。' : '各成员单位共同开展合作。' },
    { kind: 'heading', level: 2, text: '六、预期效果和风险分析' },
    { kind: 'paragraph', text: '预期新增产值20亿元；主要风险为技术路线风险和市场风险。' },
    { kind: 'heading', level: 2, text: '七、其他相关附件' },
    { kind: 'paragraph', text: '成员单位营业执照复印件、研发平台认定文件。' },
  ];
  return { title: `${k.alliance}构建可行性研究报告`, blocks };
}

/** 推荐表 (seed 004 附件3). */
export function recommendationSpec(k: HenanCase): DocSpec {
  const d = k.declared ?? countsOf(k.members);
  const header = ['序号', '联盟名称', '牵头单位', '所属领域', '推荐部门', '成员总数', '企业数量', '高校数量', '研究机构数量', '备注'].map((t) => c(t));
  const row = ['1', k.alliance, k.lead.name, '工业', '郑州市科学技术局', String(d.total), String(d.enterprise), String(d.university), String(d.institute), ''].map((t) => c(t));
  const empty = Array.from({ length: 2 }, (_, i) => [c(String(i + 2)), ...Array.from({ length: 9 }, () => c(''))]);
  return {
    title: '2020年度河南省产业技术创新战略联盟推荐表',
    blocks: [{ kind: 'paragraph', text: '推荐单位/部门（盖章）：郑州市科学技术局' }, { kind: 'table', rows: [header, row, ...empty] }, { kind: 'paragraph', text: '备注：所属领域中请填写工业、农业、社会发展' }],
  };
}
