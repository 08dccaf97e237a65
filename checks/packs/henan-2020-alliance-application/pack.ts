import { definePack } from '../../../src/engine/pack.js';
import { cite } from '../notices.js';

/** 2020年河南省产业技术创新战略联盟申报 (《关于组织申报2020年河南省产业技术创新战略联盟的通知》, no 文号 printed). */
export default definePack({
  id: 'henan-2020-alliance-application',
  version: '1',
  title: '2020年河南省产业技术创新战略联盟申报',
  citations: [cite('henan-2020', '二及附件1–4')],
  region: '河南',
  documents: { required: ['proposal', 'feasibility-report', 'recommendation-form', 'agreement'] },
  detectKinds: ['proposal', 'feasibility-report', 'recommendation-form'],
  conditions: [
    { id: 'materials.complete', options: { required: ['proposal', 'feasibility-report', 'recommendation-form', 'agreement'] }, citations: [cite('henan-2020', '二（二）', '申报材料')] },
    { id: 'members.min-count', options: { min: 10 }, citations: [cite('henan-2020', '二（一）2（3）', '联盟成员单位数量原则上不低于10家')] },
    { id: 'platforms.min-provincial', options: { min: 3 }, citations: [cite('henan-2020', '二（一）2（3）', '建有产业领域相关的省级研发平台不低于3家')] },
    { id: 'lead.registered-in-province', options: { province: '河南' }, citations: [cite('henan-2020', '二（一）2（1）', '联盟构建牵头单位是在河南省内注册的独立法人单位')] },
    { id: 'members.mostly-in-province', options: { province: '河南', share: 0.5 }, citations: [cite('henan-2020', '二（一）2（2）', '联盟成员单位以河南本省的法人单位为主')] },
    { id: 'agreement.signed', citations: [cite('henan-2020', '二（一）2（4）', '联盟成员之间应当签署具有法律约束力的联盟协议')] },
    { id: 'agreement.goals-and-division', citations: [cite('henan-2020', '二（一）2（4）', '协议中应有明确的技术创新目标和任务分工')] },
    { id: 'office.full-time-staff', options: { requireCount: true }, citations: [cite('henan-2020', '二（一）2（4）', '联盟执行机构应配备专职人员负责有关日常事务'), cite('henan-2020', '附件1《河南省产业技术创新战略联盟构建建议书》四、', '秘书处专职人员')] },
    { id: 'funds.management-rules', options: { requireSupervision: false }, citations: [cite('henan-2020', '二（一）2（4）', '要建立经费管理制度'), cite('henan-2020', '附件1《河南省产业技术创新战略联盟构建建议书》四、', '经费管理制度')] },
    { id: 'members.counts-consistent', citations: [cite('henan-2020', '附件1《河南省产业技术创新战略联盟构建建议书》一、', '联盟成员总数'), cite('henan-2020', '附件3《2020年度河南省产业技术创新战略联盟推荐表》')] },
    { id: 'members.credit-code-valid', citations: [cite('gb-32100-2015', '')] },
    { id: 'members.no-duplicates', citations: [cite('henan-2020', '二（一）2（3）', '联盟成员单位数量原则上不低于10家')] },
    { id: 'text.length-limits', citations: [cite('henan-2020', '附件1《河南省产业技术创新战略联盟构建建议书》', '限200字'), cite('henan-2020', '附件1《河南省产业技术创新战略联盟构建建议书》', '限100字'), cite('henan-2020', '附件1《河南省产业技术创新战略联盟构建建议书》', '限300字以内'), cite('henan-2020', '附件1《河南省产业技术创新战略联盟构建建议书》', '限500字以内')] },
  ],
  notes: [
    '成员数量按各文件实际列明的成员单位计数，而非仅按申报数。',
    '省级及以上研发平台按材料中列明的“国家/省”级工程技术研究中心、重点实验室、工程研究中心、工程实验室、企业技术中心等名称计数。',
    '注册地按统一社会信用代码第3–8位行政区划码判断，无代码时按通讯地址判断。',
  ],
});
