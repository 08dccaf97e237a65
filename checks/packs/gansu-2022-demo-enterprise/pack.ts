import { definePack } from '../../../src/engine/pack.js';
import type { IndicatorInput } from '../../../src/engine/rubric/schema.js';
import { above, atLeast, atMost, below } from '../../../src/engine/rubric/tiers.js';
import { GANSU_2022_METRICS } from '../../rubrics/gansu-2022-metrics.js';
import { cite, citeText } from '../notices.js';
import { DEMO_REQUIREMENTS } from './requirements.js';

const TABLE = '附件4《技术创新示范企业申报自评表》';
const S = citeText('gansu-2022-53', TABLE);
const sign = (op: '>=' | '>') => (op === '>=' ? '≥' : '>');

/** Each row scores its full weight when its 基本要求 is met, else 0 (the pack's reading: the source gives weights and floors, no finer scale). */
const indicators: IndicatorInput[] = DEMO_REQUIREMENTS.map((r) => ({
  id: r.id,
  group: r.group,
  label: r.label,
  max: r.weight,
  source: S,
  kind: 'tiers',
  input: `metrics.${r.metric}`,
  unit: r.unit,
  tiers:
    r.op === '>='
      ? [atLeast(r.threshold, r.weight, `${sign(r.op)} ${r.threshold}${r.unit}得${r.weight}分`), below(r.threshold, 0, `低于${r.threshold}${r.unit}不得分`)]
      : [above(r.threshold, r.weight, `${sign(r.op)} ${r.threshold}${r.unit}得${r.weight}分`), atMost(r.threshold, 0, `不超过${r.threshold}${r.unit}不得分`)],
}));

/** 2022年甘肃省技术创新示范企业申报 (甘工信发〔2022〕53号 三, 附件4). */
export default definePack({
  id: 'gansu-2022-demo-enterprise',
  version: '1',
  title: '2022年甘肃省技术创新示范企业申报',
  citations: [cite('gansu-2022-53', `三及${TABLE}`), cite('lanzhou-2022', '', '于4月20日前，将申报省级企业技术中心、省级行业技术中心、省级技术创新示范企业的推荐文件（附企业院所汇总表）和申报材料纸质版一份报市工信局技术创新科')],
  region: '甘肃',
  documents: { required: ['application-form', 'self-evaluation'] },
  detectKinds: [],
  detectWords: ['技术创新示范企业'],
  conditions: [
    { id: 'materials.complete', options: { required: ['application-form', 'self-evaluation'] }, citations: [cite('gansu-2022-53', '三', '原则上每个市州推荐上报企业数量不超过3家'), cite('gansu-2022-53', '三', '将企业申报材料、企业自评表（附件3）、自评证明材料及申报企业情况汇总表等材料一式一份')] },
    ...DEMO_REQUIREMENTS.filter((r) => r.group !== 'other').map((r) => ({
      id: 'metric.threshold',
      as: `basic.${r.id}`,
      options: { input: `metrics.${r.metric}`, op: r.op, threshold: r.threshold, label: r.label, unit: r.unit },
      citations: [cite('gansu-2022-53', `${TABLE}“${r.label}”基本要求 ${sign(r.op)} ${r.threshold}`)],
    })),
  ],
  batchRules: { quotaPerCity: 3, cityDeadline: '04-20', provinceDeadline: '04-30' },
  rubric: {
    total: 100,
    groups: [
      { id: 'mechanism', label: '创新机制', max: 30 },
      { id: 'talent', label: '技术与人才', max: 30 },
      { id: 'output', label: '产出与效益', max: 40 },
      { id: 'other', label: '其他', max: 6, bonus: true },
    ],
    indicators,
    flaws: [
      { indicator: 'total', flaw: '附件4只给出权重和基本要求，没有分档评分办法', reading: '达到基本要求得该项全部权重分，否则不得分；“其他”两项（各≤3分）作加分' },
      { indicator: 'attachments', flaw: '通知正文称示范企业自评表为“附件3”、联盟自评表为“附件4”，与附件目录及附件标题相反', reading: '以附件标题为准：附件3为联盟自评表，附件4为示范企业自评表' },
    ],
  },
  metrics: GANSU_2022_METRICS,
  notes: ['每项基本要求作为一项必备条件；“≥”含本数，“>”不含本数。各市州推荐不超过3家，在批次汇总中检查。'],
});
