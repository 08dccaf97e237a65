import type { Layout } from './layout.js';
import type { DocSpec, SpecBlock, SpecCell } from './spec.js';
import type { Unit } from './units.js';
import { breakCode } from './units.js';
import { num, prose, writeFigure } from './numbers.js';
import { DEFAULT_FIGURES, type GansuCase } from './gansu-case.js';

const c = (text: string, colSpan = 1): SpecCell => ({ text, colSpan });

/** What a Gansu application form says. */
export type GansuFormCase = Pick<GansuCase, 'alliance' | 'lead' | 'members' | 'declared' | 'duplicate' | 'badCodes' | 'goalChars' | 'numbers' | 'layout' | 'yiyuan' | 'figures'>;

const GOAL_POOL = ['围绕有色金属新材料产业链，', '突破高纯金属提纯与精深加工关键技术，', '建立产学研协同创新平台，', '形成一批具有自主知识产权的核心技术和标准，', '推动成果在省内企业转化应用，'];

/**
 * The form's projects and awards, one level-tagged item per line: the same counts as the summary
 * sentences (3 provincial + 2 bureau projects; 1 provincial + 1 social award).
 */
const PROJECT_ITEMS = [
  '1.甘肃省科技重大专项“高纯镍制备关键技术研究”（省部级，2021年）',
  '2.甘肃省重点研发计划“高强铝合金精深加工技术”（省级，2020—2022年）',
  '3.甘肃省自然科学基金重点项目“稀有金属分离机理研究”（省级，2019年）',
  '4.甘肃省工业和信息化厅技术创新项目“镍钴材料中试验证”（厅局级）',
  '5.兰州市科学技术局科技计划项目“有色金属废料回收利用”（厅局级，2021年）',
];
const AWARD_ITEMS = ['1.甘肃省科学技术进步奖二等奖（省部级，2020年）', '2.中国有色金属工业科学技术奖三等奖（社会力量设奖）'];

/** 组建申请表 (seed 000 附件1). */
export function applicationSpec(k: GansuFormCase, layout: Layout = {}): DocSpec {
  const n = (x: number) => num(x, layout.figures === 'fullwidth' ? 'fullwidth' : k.numbers);
  // A layout's figure style rewrites amounts and shares (the plain layout leaves them as the case writes them).
  const figure = (text: string) => writeFigure(text, layout.figures ?? 'arabic');
  const fig = { ...DEFAULT_FIGURES, ...k.figures };
  const counts = k.declared ?? {
    total: k.members.length,
    enterprise: k.members.filter((m) => m.type === 'enterprise').length,
    university: k.members.filter((m) => m.type === 'university').length,
    institute: k.members.filter((m) => m.type === 'institute').length,
  };
  const pair = (a: string, b: string, x: string, y: string): SpecCell[][] =>
    k.layout === 'seed' ? [[c(a), c(b), c(x), c(y)]] : [[c(a, 2), c(b, 2)], [c(x, 2), c(y, 2)]];
  const one = (a: string, b: string): SpecCell[] => (k.layout === 'seed' ? [c(a), c(b, 3)] : [c(a, 2), c(b, 2)]);
  const money = (wan: number) => (k.yiyuan && wan >= 10000 ? `${wan / 10000}亿元` : figure(`${wan}万元`));
  const code = (m: Unit) => (k.badCodes?.includes(m.name) ? breakCode(m.code) : m.code);
  const list = k.duplicate ? [...k.members, k.members.find((m) => m.name === k.duplicate)!] : k.members;
  const memberRows = list.map((m, i) =>
    k.layout === 'seed' ? [c(String(i + 1)), c(`${m.name} ${code(m)}`, 2), c(m.type === 'enterprise' ? '行业骨干企业' : '技术研发支撑单位')] : [c(m.name, 2), c(`${code(m)} ${m.type === 'enterprise' ? '骨干企业' : '研发单位'}`, 2)],
  );
  const blocks: SpecBlock[] = [
    { kind: 'heading', level: 2, text: '一、产业联盟简况' },
    {
      kind: 'table',
      columns: 4,
      rows: [
        one('产业联盟名称（全称）', k.alliance),
        one('技术领域', '有色金属新材料'),
        ...pair('产业联盟理事长', '王建国', '所在单位', k.lead.name),
        one('牵头单位', k.lead.name),
        ...pair('牵头单位产值', money(fig.output), '牵头单位省内采购金额', money(fig.purchases)),
        ...pair('牵头单位本年度科研投入', money(fig.rdThisYear), '牵头单位近三年科研投入', money(fig.rdThreeYears)),
        one('产业联盟常设机构依托单位名称', k.lead.name),
        ...pair('产业联盟办公室地址', '兰州市城关区雁滩路88号', '办公室联系人及联系方式', '刘敏0931-8881234'),
        one('技术专家委员会成员名单', '李教授、张研究员、赵高工'),
        one('承担科研项目情况', layout.levelItems ? PROJECT_ITEMS.join('\n') : '承担省部级项目3项，厅局级项目2项'),
        one('获科技奖励情况', layout.levelItems ? AWARD_ITEMS.join('\n') : '获省部级科技奖励1项，社会力量奖励1项'),
        one('近3年获专利等知识产权数量', `${n(12)}个；具体内容：发明专利4件、实用新型专利8件`),
        one('近3年年主持或参与制定标准数量', `${n(3)}个；具体内容：行业标准2项、企业标准1项`),
        one('解决行业发展关键和共性技术难题', `${n(4)}个；具体内容：高纯镍提纯等`),
        one('行业人才培训能力', `拥有国家规范的培训资质${n(2)}项；具体内容：焊工、电工培训`),
        one('技术服务能力', `拥有国家级创新创业平台${n(1)}个；省级创新创业平台${n(3)}个`),
        one('产业联盟高层次人才', `拥有院士（含外聘）${n(1)}名，国家千人计划等国家级人才${n(2)}名，省领军人才${n(3)}名`),
        one('产业联盟国家级奖励', '无'),
        one('产业联盟完成省工信厅安排的相关服务工作', `共${n(2)}项；具体内容：行业调研、标准宣贯`),
        one('通过服务为服务企业产生的年经济效益', layout.figures ? figure(`${fig.benefit}万元`) : `${n(fig.benefit)}万元`),
        ...pair('常设机构通讯地址', '兰州市城关区雁滩路88号', '邮编', '730000'),
        ...pair('成员总数', `${n(counts.total)}个`, '成员企业数', `${n(counts.enterprise)}个`),
        ...pair('成员高校数量', `${n(counts.university)}个`, '成员研究机构数', `${n(counts.institute)}个`),
      ],
    },
    { kind: 'heading', level: 2, text: '二、技术创新目标（限500字）' },
    { kind: 'paragraph', text: prose(k.goalChars, GOAL_POOL) },
    { kind: 'heading', level: 2, text: '三、产业联盟成员单位在行业（或领域）中地位' },
    {
      kind: 'table',
      columns: 4,
      rows: [
        one('产业联盟所在行业经济规模', k.yiyuan ? `${fig.industryScale / 10000}亿元` : figure(`${fig.industryScale}万元`)),
        one('产业联盟牵头单位行业地位', `占省内行业比重 ${figure(`${fig.leadShare}%`)}`),
        one('产业联盟成员占行业比重', `占省内行业比重 ${figure(`${fig.membersShare}%`)}`),
        k.layout === 'seed' ? [c('序号'), c('成员单位名称及法人代码', 2), c('在行业（或领域）中的地位')] : [c('成员单位名称及法人代码', 2), c('法人代码及地位', 2)],
        ...memberRows,
      ],
    },
    { kind: 'heading', level: 2, text: '四、产业联盟运行机制（组织机构建设、管理制度建设、中长期发展目标）' },
    { kind: 'paragraph', text: '联盟设理事会、专家委员会和秘书处，制定了项目、经费、保密和产学研合作管理制度。' },
    { kind: 'heading', level: 2, text: '五、产业联盟特色工作' },
    { kind: 'paragraph', text: '组织开展行业共性技术攻关和人才培训。' },
  ];
  return { title: '甘肃省产业技术创新联盟组建申请表', blocks };
}

/** What a charter provides for. */
export interface CharterCase {
  alliance: string;
  lead: Unit;
  consultingBody: boolean;
  externalResponsibility: boolean;
  /** Full-time staff: a number, 'mentioned' without a number, or none. */
  staff: number | 'mentioned' | 'none';
  fundSupervision: boolean;
  ipFull: boolean;
}

/** 联盟章程 in chapters and articles. */
export function charterSpec(k: CharterCase): DocSpec {
  const bodies = k.consultingBody ? '理事会、专家委员会和秘书处' : '理事会和秘书处';
  const staff = k.staff === 'none' ? '' : k.staff === 'mentioned' ? '秘书处配备专职人员，负责联盟日常事务。' : `秘书处配备专职人员${k.staff}名，负责联盟日常事务。`;
  const a = (text: string): SpecBlock => ({ kind: 'paragraph', text });
  const blocks: SpecBlock[] = [
    { kind: 'heading', level: 2, text: '第一章 总则' },
    a(`第一条 本联盟名称为“${k.alliance}”。`),
    a('第二条 联盟是由企业、高等院校和科研机构自愿组成的技术创新合作组织，不具有独立法人资格。'),
    k.externalResponsibility ? a(`第三条 联盟以牵头单位${k.lead.name}作为对外承担法律责任的主体。`) : a(`第三条 联盟常设机构依托${k.lead.name}。`),
    { kind: 'heading', level: 2, text: '第二章 组织机构' },
    a(`第四条 联盟设立${bodies}。`),
    a('第五条 理事会是联盟的决策机构，由各成员单位代表组成。'),
  ];
  if (k.consultingBody) blocks.push(a('第六条 专家委员会是联盟的咨询机构，为重大技术决策提供咨询。'));
  blocks.push(a(`第七条 秘书处是联盟的执行机构，设在牵头单位。${staff}`));
  blocks.push({ kind: 'heading', level: 2, text: '第三章 成员' }, a('第八条 认同本章程的单位可申请加入联盟，经理事会审议通过后成为成员。'), a('第九条 成员可自愿退出联盟；严重违反章程的，经理事会决定予以除名。'));
  blocks.push({ kind: 'heading', level: 2, text: '第四章 经费管理' }, a('第十条 联盟制定《联盟经费内部管理办法》，经费由依托单位代管，实行专款专用。'));
  if (k.fundSupervision) blocks.push(a('第十一条 联盟建立经费使用的内部监督机制，经费使用情况每年由理事会审计并向全体成员公开。'));
  blocks.push({ kind: 'heading', level: 2, text: '第五章 知识产权' }, a('第十二条 联盟研发项目产生的知识产权，其权利归属和许可使用办法由项目协议事先约定。'));
  if (k.ipFull) blocks.push(a('第十三条 转化收益按照各方贡献分配；违反约定的，依法追究违约责任。'));
  blocks.push({ kind: 'heading', level: 2, text: '第六章 附则' }, a('第十四条 本章程经成员大会通过后生效。'));
  return { title: `${k.alliance}章程`, blocks };
}

/** 证明材料: a list of certificates. */
export function evidenceSpec(alliance: string, platforms: readonly string[]): DocSpec {
  return {
    title: `${alliance}相关证明材料`,
    blocks: [
      { kind: 'paragraph', text: '一、成员单位营业执照及事业单位法人证书复印件。' },
      { kind: 'paragraph', text: `二、研发平台认定文件：${platforms.join('、')}。` },
    ],
  };
}
