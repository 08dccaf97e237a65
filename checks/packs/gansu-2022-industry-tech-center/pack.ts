import { definePack } from '../../../src/engine/pack.js';
import { GANSU_2022_METRICS } from '../../rubrics/gansu-2022-metrics.js';
import { INDUSTRY_TECH_CENTER_RUBRIC } from './rubric.js';

/** 2022年甘肃省行业技术中心申报 (seed 002 二, 附件2). */
export default definePack({
  id: 'gansu-2022-industry-tech-center',
  version: '1',
  title: '2022年甘肃省省级行业技术中心申报',
  source: 'seeds/002_a2f3812ec7c29deb.txt（甘工信发〔2022〕53号）二、附件2',
  region: '甘肃',
  documents: { required: ['application-form', 'self-evaluation'] },
  detectKinds: [],
  detectWords: ['行业技术中心'],
  conditions: [{ id: 'materials.complete', options: { required: ['application-form', 'self-evaluation'] }, source: '002 二 申报名单、申报材料、自评表(附件2)及自评证明材料' }],
  batchRules: { quotaPerCity: 5, cityDeadline: '04-20', provinceDeadline: '04-30' },
  rubric: INDUSTRY_TECH_CENTER_RUBRIC,
  metrics: GANSU_2022_METRICS,
  notes: ['各市州推荐名额与报送截止日期在批次汇总中检查。'],
});
