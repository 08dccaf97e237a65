import type { HenanCase } from './henan-case.js';
import type { GansuCase } from './gansu-case.js';
import { GANSU, HENAN } from './units.js';

const H = HENAN;
const G = GANSU;
const henanTwelve = [H.lead, ...H.enterprises.slice(0, 6), ...H.universities, H.institutes[0], H.others[0]];
const PLATFORMS = ['河南省先进金属材料工程技术研究中心', '河南省功能复合材料重点实验室', '国家新型建材企业技术中心', '河南省电池材料工程研究中心'];
const pdfAll = { proposal: 'pdf', feasibility: 'pdf', recommendation: 'docx', agreement: 'pdf' } as const;
const docxAll = { proposal: 'docx', feasibility: 'docx', recommendation: 'docx', agreement: 'docx' } as const;

const henanBase = {
  alliance: '河南省先进新材料产业技术创新战略联盟',
  lead: H.lead,
  members: henanTwelve,
  platforms: PLATFORMS,
  staff: 3,
  fundSystem: true,
  fundClause: true,
  goals: true,
  division: true,
  unsigned: [] as string[],
  partyStyle: 'table' as const,
  numbers: 'arabic' as const,
  formats: docxAll,
  expect: {},
};

/** The Henan submissions of the sample batch. */
export const HENAN_CASES: HenanCase[] = [
  { ...henanBase, id: 'henan-01-complete-docx', about: '全部条件符合；DOCX，成员以表格列出，勾选框为 Word 复选框控件', checkboxControls: true, withMeta: true },
  {
    ...henanBase,
    id: 'henan-02-complete-pdf',
    about: '全部条件符合；PDF（数字与单位间有空格），全角数字，成员以甲方/乙方列出，含一家省外成员',
    alliance: '河南省新能源电池材料产业技术创新战略联盟',
    members: [H.lead, ...H.enterprises.slice(0, 5), H.universities[0], H.universities[1], H.institutes[0], H.institutes[1], H.outside[0]],
    platforms: PLATFORMS.slice(0, 3),
    staff: 4,
    partyStyle: 'lines',
    numbers: 'fullwidth',
    formats: pdfAll,
    splitNumbers: true,
  },
  {
    ...henanBase,
    id: 'henan-03-too-few-members',
    about: '成员仅 8 家、省级平台仅 2 个；中文数字',
    alliance: '河南省绿色建材产业技术创新战略联盟',
    members: [H.lead, ...H.enterprises.slice(0, 4), H.universities[0], H.institutes[0], H.others[0]],
    platforms: PLATFORMS.slice(0, 2),
    numbers: 'chinese',
    expect: { 'members.min-count': 'fail', 'platforms.min-provincial': 'fail' },
  },
  {
    ...henanBase,
    id: 'henan-04-outside-unsigned',
    about: '牵头单位在湖北注册，成员多数在省外，一家成员未签署协议；协议为 PDF',
    alliance: '中部先进复合材料产业技术创新战略联盟',
    lead: H.outsideLead,
    members: [H.outsideLead, ...H.outside, H.enterprises[0], H.enterprises[1], H.universities[0]],
    unsigned: [H.outside[2].name],
    formats: { ...docxAll, agreement: 'pdf' },
    partyStyle: 'lines',
    expect: { 'lead.registered-in-province': 'fail', 'members.mostly-in-province': 'fail', 'agreement.signed': 'fail' },
  },
  {
    ...henanBase,
    id: 'henan-05-missing-and-empty',
    about: '缺推荐表；经费管理制度勾选“无”且协议无经费条款；秘书处专职人员 0 人',
    alliance: '河南省智能装备产业技术创新战略联盟',
    omit: ['recommendation'],
    fundSystem: false,
    fundClause: false,
    staff: 0,
    expect: { 'materials.complete': 'fail', 'funds.management-rules': 'fail', 'office.full-time-staff': 'fail' },
  },
  {
    ...henanBase,
    id: 'henan-06-inconsistent',
    about: '申报成员总数与名单不符，名单重复一家，一个信用代码校验位错误，牵头单位地位超 200 字，协议无任务分工',
    alliance: '河南省生物基材料产业技术创新战略联盟',
    members: henanTwelve.slice(0, 11),
    declared: { total: 12, enterprise: 7, university: 3, institute: 1, other: 1 },
    duplicate: henanTwelve[3].name,
    badCodes: [henanTwelve[5].name],
    leadPositionChars: 230,
    division: false,
    expect: {
      'members.counts-consistent': 'fail',
      'members.no-duplicates': 'fail',
      'members.credit-code-valid': 'fail',
      'text.length-limits': 'fail',
      'agreement.goals-and-division': 'fail',
    },
  },
  {
    ...henanBase,
    id: 'henan-07-damaged-agreement',
    about: '协议书文件损坏（截断）；其余材料正常',
    alliance: '河南省高端轴承材料产业技术创新战略联盟',
    damagedAgreement: true,
    expect: {
      'materials.complete': 'unknown',
      'members.min-count': 'unknown',
      'members.mostly-in-province': 'unknown',
      'agreement.signed': 'unknown',
      'agreement.goals-and-division': 'unknown',
      'members.counts-consistent': 'unknown',
      'members.credit-code-valid': 'unknown',
      'members.no-duplicates': 'unknown',
    },
  },
];

const gansuNine = [G.lead, ...G.enterprises.slice(0, 4), ...G.universities, ...G.institutes];
const gansuBase = {
  alliance: '甘肃省有色金属新材料产业技术创新联盟',
  lead: G.lead,
  members: gansuNine,
  goalChars: 320,
  numbers: 'arabic' as const,
  layout: 'seed' as const,
  yiyuan: false,
  charter: { consultingBody: true, externalResponsibility: true, staff: 3 as number | 'mentioned' | 'none', fundSupervision: true, ipFull: true },
  agreement: { goals: true, division: true, fundClause: true, fundSupervision: true, ipFull: true, partyStyle: 'table' as const },
  unsigned: [] as string[],
  formats: { application: 'docx', agreement: 'docx', charter: 'docx', evidence: 'docx' } as GansuCase['formats'],
  platforms: ['甘肃省有色金属新材料工程技术研究中心', '国家镍钴新材料工程技术研究中心'],
  expect: {},
};

/** The Gansu submissions of the sample batch. */
export const GANSU_CASES: GansuCase[] = [
  { ...gansuBase, id: 'gansu-01-complete-docx', about: '全部条件符合；DOCX，申请表为原表格式', withMeta: true },
  {
    ...gansuBase,
    id: 'gansu-02-complete-pdf',
    about: '全部条件符合；PDF，两栏表格，全角数字，金额以亿元填写，章程只写“配备专职人员”',
    alliance: '甘肃省新能源装备产业技术创新联盟',
    members: [G.lead, ...G.enterprises, G.universities[0], G.institutes[1]],
    numbers: 'fullwidth',
    layout: 'narrow',
    yiyuan: true,
    splitNumbers: true,
    charter: { ...gansuBase.charter, staff: 'mentioned' },
    agreement: { ...gansuBase.agreement, partyStyle: 'lines' },
    // Boundaries: 100亿 and 10亿 exactly (overlapping tiers go to the higher), 30% and 50% exactly, 800万 exactly, benefit past the cap.
    figures: { industryScale: 1_000_000, output: 100_000, purchases: 10_000, leadShare: 30, membersShare: 50, rdThisYear: 800, rdThreeYears: 1000, benefit: 5200 },
    formats: { application: 'pdf', agreement: 'pdf', charter: 'pdf', evidence: 'pdf' },
  },
  {
    ...gansuBase,
    id: 'gansu-03-composition-goal',
    about: '成员全部为企业；技术创新目标超过 500 字',
    alliance: '甘肃省铝加工产业技术创新联盟',
    members: [G.lead, ...G.enterprises],
    goalChars: 560,
    expect: { 'members.composition': 'fail', 'application.goal-length': 'fail', 'text.length-limits': 'fail' },
  },
  {
    ...gansuBase,
    id: 'gansu-04-charter-gaps',
    about: '章程无咨询机构、无经费监督、无专职人员；知识产权未约定收益分配与违约责任',
    alliance: '甘肃省稀有金属产业技术创新联盟',
    charter: { consultingBody: false, externalResponsibility: true, staff: 'none', fundSupervision: false, ipFull: false },
    agreement: { ...gansuBase.agreement, fundSupervision: false, ipFull: false },
    formats: { application: 'docx', agreement: 'pdf', charter: 'pdf', evidence: 'docx' },
    expect: { 'charter.bodies': 'fail', 'funds.management-rules': 'fail', 'ip.agreement': 'fail', 'office.full-time-staff': 'fail' },
  },
  {
    ...gansuBase,
    id: 'gansu-05-unsigned-no-charter',
    about: '缺章程；一家成员法定代表人未签字；协议无技术创新目标；成员总数填报不符；代码校验错误；成员重复',
    alliance: '甘肃省镍钴新材料产业技术创新联盟',
    omitCharter: true,
    unsigned: [gansuNine[2].name],
    agreement: { ...gansuBase.agreement, goals: false },
    declared: { total: 10, enterprise: 5, university: 2, institute: 2 },
    badCodes: [gansuNine[6].name],
    duplicate: gansuNine[4].name,
    expect: {
      'materials.complete': 'fail',
      'charter.bodies': 'fail',
      'office.full-time-staff': 'fail',
      'agreement.signed': 'fail',
      'agreement.goals-and-division': 'fail',
      'members.counts-consistent': 'fail',
      'members.credit-code-valid': 'fail',
      'members.no-duplicates': 'fail',
    },
  },
  {
    ...gansuBase,
    id: 'gansu-06-scanned-signature-page',
    about: '协议签署页为扫描页（无文字层），签署情况需人工核实',
    alliance: '甘肃省光伏材料产业技术创新联盟',
    scannedSignaturePage: true,
    formats: { application: 'docx', agreement: 'pdf', charter: 'docx', evidence: 'docx' },
    expect: { 'agreement.signed': 'unknown' },
  },
];
