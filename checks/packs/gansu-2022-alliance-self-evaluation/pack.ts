import { definePack } from '../../../src/engine/pack.js';
import { GANSU_2022_METRICS } from '../../rubrics/gansu-2022-metrics.js';
import { cite } from '../notices.js';
import { ALLIANCE_SELF_EVALUATION_RUBRIC } from './rubric.js';

/** 2022年甘肃省产业技术创新联盟培育组建申报 (甘工信发〔2022〕53号 四, 附件3; Lanzhou's deadline from its covering notice). */
export default definePack({
  id: 'gansu-2022-alliance-self-evaluation',
  version: '1',
  title: '2022年甘肃省产业技术创新联盟自评',
  citations: [cite('gansu-2022-53', '四及附件3《甘肃省产业技术创新产业联盟自评表》'), cite('lanzhou-2022', '', '于7月20日前，将省级技术创新示范联盟推荐文件（附企业院所汇总表）和申报材料纸质版一份报市工信局技术创新科')],
  region: '甘肃',
  documents: { required: ['application-form', 'self-evaluation'] },
  detectKinds: [],
  detectWords: ['产业技术创新产业联盟自评表', '产业技术创新联盟自评表'],
  conditions: [{ id: 'materials.complete', options: { required: ['application-form', 'self-evaluation'] }, citations: [cite('gansu-2022-53', '四', '同时将申报材料、自评表（附件4）、自评证明材料及培育组建汇总表一式一份（包括纸质版和电子版）于7月30日前报送至我厅')] }],
  batchRules: { cityDeadline: '07-20', provinceDeadline: '07-30' },
  rubric: ALLIANCE_SELF_EVALUATION_RUBRIC,
  metrics: GANSU_2022_METRICS,
  notes: ['报送截止日期（兰州市7月20日、省厅7月30日）在批次汇总中检查。'],
});
