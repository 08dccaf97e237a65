import { definePack } from '../../../src/engine/pack.js';
import { GANSU_ALLIANCE_METRICS } from '../../rubrics/gansu-alliance-shared.js';
import { cite } from '../notices.js';
import { GANSU_ASSESSMENT_RUBRIC } from './rubric.js';

/** The five sections of 附件4《甘肃省产业技术创新联盟年度工作总结提纲》 and the heading words that mark each. */
const SUMMARY_OUTLINE = [
  { id: 'lead-unit', label: '一、产业联盟牵头单位情况', words: ['牵头单位'] },
  { id: 'work', label: '二、当年工作开展情况', words: ['工作开展'] },
  { id: 'results', label: '三、取得的工作成效', words: ['成效'] },
  { id: 'plan', label: '四、下一年度工作计划', words: ['工作计划', '下一年度'] },
  { id: 'problems', label: '五、存在的主要困难问题及有关意见建议', words: ['困难', '问题', '建议'] },
];

/** 甘肃省产业技术创新联盟考核 (甘工信发〔2020〕60号 四、3 and 附件3–4). */
export default definePack({
  id: 'gansu-2020-alliance-assessment',
  version: '1',
  title: '甘肃省产业技术创新联盟考核',
  citations: [cite('gansu-2020-60', '四、3及附件3《甘肃省产业技术创新产业联盟考核指标体系》、附件4《甘肃省产业技术创新联盟年度工作总结提纲》')],
  region: '甘肃',
  documents: { required: ['annual-summary', 'application-form'] },
  detectKinds: ['annual-summary'],
  detectWords: ['考核数据表'],
  conditions: [
    { id: 'materials.complete', options: { required: ['annual-summary', 'application-form'] }, citations: [cite('gansu-2020-60', '四、3', '产业联盟每年3月份之前报送上一年度工作总结'), cite('gansu-2020-60', '附件3《甘肃省产业技术创新产业联盟考核指标体系》')] },
    { id: 'summary.sections', options: { sections: SUMMARY_OUTLINE }, citations: [cite('gansu-2020-60', '附件4《甘肃省产业技术创新联盟年度工作总结提纲》一至五')] },
    { id: 'summary.on-time', options: { dueMonth: 3 }, citations: [cite('gansu-2020-60', '四、3', '产业联盟每年3月份之前报送上一年度工作总结')] },
    { id: 'assessment.history', options: { mode: 'gansu' }, citations: [cite('gansu-2020-60', '四、3', '连续两年考核不合格或不报送工作总结的产业联盟将被取消资格')] },
  ],
  rubric: GANSU_ASSESSMENT_RUBRIC,
  metrics: GANSU_ALLIANCE_METRICS,
  notes: ['“3月份之前”按次年3月1日之前（不含3月1日）理解。', '考核结果与缺报年份取自 submission.json 的 assessments 与 period 以及所附各年度工作总结。'],
});
