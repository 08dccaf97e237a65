import { definePack } from '../../../src/engine/pack.js';
import { GANSU_2022_METRICS } from '../../rubrics/gansu-2022-metrics.js';
import { cite } from '../notices.js';
import { ENTERPRISE_TECH_CENTER_RUBRIC } from './rubric.js';

/** 2022年甘肃省企业技术中心申报 (甘工信发〔2022〕53号 一, 附件1). */
export default definePack({
  id: 'gansu-2022-enterprise-tech-center',
  version: '1',
  title: '2022年甘肃省省级企业技术中心申报',
  citations: [cite('gansu-2022-53', '一及附件1《甘肃省企业技术中心自评表》'), cite('lanzhou-2022', '', '于4月20日前，将申报省级企业技术中心、省级行业技术中心、省级技术创新示范企业的推荐文件（附企业院所汇总表）和申报材料纸质版一份报市工信局技术创新科')],
  region: '甘肃',
  documents: { required: ['application-form', 'self-evaluation'] },
  detectKinds: [],
  detectWords: ['企业技术中心'],
  conditions: [
    { id: 'materials.complete', options: { required: ['application-form', 'self-evaluation'] }, citations: [cite('gansu-2022-53', '一', '申报材料另附企业自评表(附件1)及自评证明材料')] },
    { id: 'metric.threshold', as: 'rd.min-spending', options: { input: 'metrics.rdSpending', op: '>=', threshold: 200, label: '年度研究与试验发展经费支出额', unit: '万元' }, citations: [cite('gansu-2022-53', '一', '要求申报企业的年度研究与试验发展经费支出额不低于200万元')] },
    { id: 'metric.threshold', as: 'rd.min-intensity', options: { input: 'metrics.rdIntensity', op: '>=', threshold: 2, label: '研发经费支出占主营业务收入的比重', unit: '%' }, citations: [cite('gansu-2022-53', '一', '研发经费支出占主营业务收入的比重不低于2%')] },
  ],
  batchRules: { quotaPerCity: 5, cityDeadline: '04-20', provinceDeadline: '04-30' },
  rubric: ENTERPRISE_TECH_CENTER_RUBRIC,
  metrics: GANSU_2022_METRICS,
  notes: ['“不低于”含本数。各市州推荐名额不超过5个、报送截止日期在批次汇总中检查。'],
});
