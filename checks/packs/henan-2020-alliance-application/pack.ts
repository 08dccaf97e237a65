import { definePack } from '../../../src/engine/pack.js';

/** 2020年河南省产业技术创新战略联盟申报 (seed 004). */
export default definePack({
  id: 'henan-2020-alliance-application',
  version: '1',
  title: '2020年河南省产业技术创新战略联盟申报',
  source: 'seeds/004_4b62cab113297976.txt《关于组织申报2020年河南省产业技术创新战略联盟的通知》（依据豫科〔2013〕146号）',
  region: '河南',
  documents: { required: ['proposal', 'feasibility-report', 'recommendation-form', 'agreement'] },
  detectKinds: ['proposal', 'feasibility-report', 'recommendation-form'],
  conditions: [
    { id: 'materials.complete', options: { required: ['proposal', 'feasibility-report', 'recommendation-form', 'agreement'] }, source: '004 二(二) 申报材料 1–4' },
    { id: 'members.min-count', options: { min: 10 }, source: '004 二(一)2(3) 联盟成员单位数量原则上不低于10家' },
    { id: 'platforms.min-provincial', options: { min: 3 }, source: '004 二(一)2(3) 建有产业领域相关的省级研发平台不低于3家' },
    { id: 'lead.registered-in-province', options: { province: '河南' }, source: '004 二(一)2(1) 牵头单位是在河南省内注册的独立法人单位' },
    { id: 'members.mostly-in-province', options: { province: '河南', share: 0.5 }, source: '004 二(一)2(2) 联盟成员单位以河南本省的法人单位为主' },
    { id: 'agreement.signed', source: '004 二(一)2(4) 联盟成员之间应当签署具有法律约束力的联盟协议' },
    { id: 'agreement.goals-and-division', source: '004 二(一)2(4) 协议中应有明确的技术创新目标和任务分工' },
    { id: 'office.full-time-staff', options: { requireCount: true }, source: '004 二(一)2(4) 联盟执行机构应配备专职人员；附件1 四、秘书处专职人员' },
    { id: 'funds.management-rules', options: { requireSupervision: false }, source: '004 二(一)2(4) 要建立经费管理制度；附件1 四、经费管理制度 □有 □无' },
    { id: 'members.counts-consistent', source: '004 附件1 一、联盟成员总数及分类数量；附件3 推荐表' },
    { id: 'members.credit-code-valid', source: 'GB 32100-2015 法人和其他组织统一社会信用代码编码规则' },
    { id: 'members.no-duplicates', source: '004 二(一)2(3) 成员单位数量（重复列出的单位只计一次）' },
    { id: 'text.length-limits', source: '004 附件1 限200字、限100字、限300字以内、限500字以内' },
  ],
  notes: [
    '成员数量按各文件实际列明的成员单位计数，而非仅按申报数。',
    '省级及以上研发平台按材料中列明的“国家/省”级工程技术研究中心、重点实验室、工程研究中心、工程实验室、企业技术中心等名称计数。',
    '注册地按统一社会信用代码第3–8位行政区划码判断，无代码时按通讯地址判断。',
  ],
});
