import { definePack } from '../../../src/engine/pack.js';
import { GANSU_ALLIANCE_METRICS } from '../../rubrics/gansu-alliance-shared.js';
import { GANSU_FORMATION_RUBRIC } from './rubric.js';

/** 甘肃省产业技术创新联盟组建 (seeds 000 附件1–2, 001). */
export default definePack({
  id: 'gansu-2020-alliance-formation',
  version: '1',
  title: '甘肃省产业技术创新联盟组建申请',
  source: 'seeds/001_8680b4b7858a00d5.txt《甘肃省工业和信息化厅关于进一步加强产业技术创新联盟相关工作的通知》及 seeds/000_941644674c5f5c56.txt 附件1–2（甘工信发〔2020〕60号）',
  region: '甘肃',
  documents: { required: ['application-form', 'agreement', 'charter'], recommended: ['supporting-evidence'] },
  detectKinds: ['application-form'],
  conditions: [
    { id: 'materials.complete', options: { required: ['application-form', 'agreement', 'charter'], recommended: ['supporting-evidence'] }, source: '001 三(一) 同时提交以下材料 1–4' },
    { id: 'members.composition', options: { minMembers: 2 }, source: '001 二(一) 由企业、高等院校和科研机构等多个独立法人组成' },
    { id: 'agreement.signed', source: '001 二(二) 产业联盟协议须由成员单位法定代表人共同签署' },
    { id: 'agreement.goals-and-division', source: '001 二(二) 协议中有明确的技术创新目标，成员单位之间的任务分工明确' },
    { id: 'charter.bodies', options: { requireExternalResponsibility: true }, source: '001 二(三) 设立决策、咨询和执行等组织机构……明确产业联盟对外承担责任的主体' },
    { id: 'office.full-time-staff', options: { requireCount: false }, source: '001 二(三) 产业联盟设立联盟办公室，配备专职人员' },
    { id: 'funds.management-rules', options: { requireSupervision: true }, source: '001 二(四) 制定相应的产业联盟经费内部管理办法，并建立经费使用的内部监督机制' },
    { id: 'ip.agreement', source: '001 二(四) 应事先通过协议明确权利归属、许可使用和转化收益分配的办法，强化违约责任追究' },
    { id: 'application.goal-length', options: { max: 500 }, source: '000 附件1 二、技术创新目标（限500字）' },
    { id: 'members.counts-consistent', source: '000 附件1 成员总数、成员企业数、成员高校数量、成员研究机构数及成员单位名单' },
    { id: 'members.credit-code-valid', source: 'GB 32100-2015；000 附件1 三、成员单位名称及法人代码' },
    { id: 'members.no-duplicates', source: '000 附件1 三、成员单位名称及法人代码' },
    { id: 'text.length-limits', source: '000 附件1 限500字' },
  ],
  rubric: GANSU_FORMATION_RUBRIC,
  metrics: GANSU_ALLIANCE_METRICS,
  notes: ['对外承担责任的主体按章程或协议中“对外承担（法律）责任”“对外代表”等表述认定。', '专职人员：章程规定配备专职人员即视为满足，写明人数的以人数为准（0 人不满足）。'],
});
