import { definePack } from '../../../src/engine/pack.js';
import { GANSU_2022_METRICS } from '../../rubrics/gansu-2022-metrics.js';
import { cite } from '../notices.js';
import { INDUSTRY_TECH_CENTER_RUBRIC } from './rubric.js';

/** 2022年甘肃省行业技术中心申报 (甘工信发〔2022〕53号 二, 附件2). */
export default definePack({
  id: 'gansu-2022-industry-tech-center',
  version: '1',
  title: '2022年甘肃省省级行业技术中心申报',
  citations: [cite('gansu-2022-53', '二及附件2《甘肃省行业技术中心自评表》'), cite('lanzhou-2022', '', '于4月20日前，将申报省级企业技术中心、省级行业技术中心、省级技术创新示范企业的推荐文件（附企业院所汇总表）和申报材料纸质版一份报市工信局技术创新科')],
  region: '甘肃',
  documents: { required: ['application-form', 'self-evaluation'] },
  detectKinds: [],
  detectWords: ['行业技术中心'],
  conditions: [{ id: 'materials.complete', options: { required: ['application-form', 'self-evaluation'] }, citations: [cite('gansu-2022-53', '二', '各市州主管部门将行业技术中心申报名单、申报材料、自评表(附件2)及自评证明材料一式一份(包括纸质版和电子版),请于4月30日前报送至我厅')] }],
  batchRules: { quotaPerCity: 5, cityDeadline: '04-20', provinceDeadline: '04-30' },
  rubric: INDUSTRY_TECH_CENTER_RUBRIC,
  metrics: GANSU_2022_METRICS,
  notes: ['各市州推荐名额与报送截止日期在批次汇总中检查。'],
});
