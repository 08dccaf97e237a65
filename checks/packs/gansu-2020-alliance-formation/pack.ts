import { definePack } from '../../../src/engine/pack.js';
import { GANSU_ALLIANCE_METRICS } from '../../rubrics/gansu-alliance-shared.js';
import { cite } from '../notices.js';
import { GANSU_FORMATION_RUBRIC } from './rubric.js';

/** 甘肃省产业技术创新联盟组建 (甘工信发〔2020〕60号 二、三 and 附件1–2). */
export default definePack({
  id: 'gansu-2020-alliance-formation',
  version: '1',
  title: '甘肃省产业技术创新联盟组建申请',
  citations: [cite('gansu-2020-60', '二、三及附件1《甘肃省产业技术创新联盟组建申请表》、附件2《甘肃省产业技术创新产业联盟评定指标体系》')],
  region: '甘肃',
  documents: { required: ['application-form', 'agreement', 'charter'], recommended: ['supporting-evidence'] },
  detectKinds: ['application-form'],
  conditions: [
    { id: 'materials.complete', options: { required: ['application-form', 'agreement', 'charter'], recommended: ['supporting-evidence'] }, citations: [cite('gansu-2020-60', '三（一）', '同时提交以下材料：1.产业联盟组建申请表（见附件1）；2.产业联盟协议；3.产业联盟章程；4.相关证明材料')] },
    { id: 'members.composition', options: { minMembers: 2 }, citations: [cite('gansu-2020-60', '二（一）', '由企业、高等院校和科研机构等多个独立法人组成')] },
    { id: 'agreement.signed', citations: [cite('gansu-2020-60', '二（二）', '产业联盟协议须由成员单位法定代表人共同签署')] },
    { id: 'agreement.goals-and-division', citations: [cite('gansu-2020-60', '二（二）', '协议中有明确的技术创新目标，成员单位之间的任务分工明确')] },
    { id: 'charter.bodies', options: { requireExternalResponsibility: true }, citations: [cite('gansu-2020-60', '二（三）', '设立决策、咨询和执行等组织机构，建立有效的决策与执行机制，明确产业联盟对外承担责任的主体')] },
    { id: 'office.full-time-staff', options: { requireCount: false }, citations: [cite('gansu-2020-60', '二（三）', '产业联盟设立联盟办公室，配备专职人员')] },
    { id: 'funds.management-rules', options: { requireSupervision: true }, citations: [cite('gansu-2020-60', '二（四）', '制定相应的产业联盟经费内部管理办法，并建立经费使用的内部监督机制')] },
    { id: 'ip.agreement', citations: [cite('gansu-2020-60', '二（四）', '应事先通过协议明确权利归属、许可使用和转化收益分配的办法，强化违约责任追究')] },
    { id: 'application.goal-length', options: { max: 500 }, citations: [cite('gansu-2020-60', '附件1《甘肃省产业技术创新联盟组建申请表》二、', '技术创新目标（限500字）')] },
    { id: 'members.counts-consistent', citations: [cite('gansu-2020-60', '附件1《甘肃省产业技术创新联盟组建申请表》一、产业联盟简况', '成员总数'), cite('gansu-2020-60', '附件1《甘肃省产业技术创新联盟组建申请表》三、', '成员单位名称及法人代码')] },
    { id: 'members.credit-code-valid', citations: [cite('gb-32100-2015', ''), cite('gansu-2020-60', '附件1《甘肃省产业技术创新联盟组建申请表》三、', '成员单位名称及法人代码')] },
    { id: 'members.no-duplicates', citations: [cite('gansu-2020-60', '附件1《甘肃省产业技术创新联盟组建申请表》三、', '成员单位名称及法人代码')] },
    { id: 'text.length-limits', citations: [cite('gansu-2020-60', '附件1《甘肃省产业技术创新联盟组建申请表》二、', '限500字')] },
  ],
  rubric: GANSU_FORMATION_RUBRIC,
  metrics: GANSU_ALLIANCE_METRICS,
  notes: ['对外承担责任的主体按章程或协议中“对外承担（法律）责任”“对外代表”等表述认定。', '专职人员：章程规定配备专职人员即视为满足，写明人数的以人数为准（0 人不满足）。'],
});
