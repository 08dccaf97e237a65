import { definePack } from '../../../src/engine/pack.js';
import { GANSU_2022_METRICS } from '../../rubrics/gansu-2022-metrics.js';
import { ALLIANCE_SELF_EVALUATION_RUBRIC } from './rubric.js';

/** 2022年甘肃省产业技术创新联盟培育组建申报 (seed 002 四, 附件3). */
export default definePack({
  id: 'gansu-2022-alliance-self-evaluation',
  version: '1',
  title: '2022年甘肃省产业技术创新联盟自评',
  source: 'seeds/002_a2f3812ec7c29deb.txt（甘工信发〔2022〕53号）四、附件3',
  region: '甘肃',
  documents: { required: ['application-form', 'self-evaluation'] },
  detectKinds: [],
  detectWords: ['产业技术创新产业联盟自评表', '产业技术创新联盟自评表'],
  conditions: [{ id: 'materials.complete', options: { required: ['application-form', 'self-evaluation'] }, source: '002 四 申报材料、自评表及自评证明材料' }],
  batchRules: { cityDeadline: '07-20', provinceDeadline: '07-30' },
  rubric: ALLIANCE_SELF_EVALUATION_RUBRIC,
  metrics: GANSU_2022_METRICS,
  notes: ['报送截止日期（兰州市7月20日、省厅7月30日）在批次汇总中检查。'],
});
