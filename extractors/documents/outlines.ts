import type { OutlineSection } from './outline.js';

/** Main-text chapters of the Henan agreement outline (seed 004, 附件4 四、主文 (一)–(十一)). */
export const AGREEMENT_OUTLINE: readonly OutlineSection[] = [
  { id: 'name-principles', label: '联盟名称、组织原则和组建宗旨', pattern: /名称|组织原则|宗旨|总则/u },
  { id: 'goals-division', label: '技术创新目标、任务和任务分工', pattern: /技术创新目标|任务分工|目标(?:和|与)?任务/u },
  { id: 'organization', label: '组织机构及职责', pattern: /组织机构|机构(?:及|和)?职责/u },
  { id: 'members', label: '联盟成员', pattern: /联盟成员|成员(?:的)?权利|成员单位$/u },
  { id: 'projects', label: '项目管理', pattern: /项目管理/u },
  { id: 'funds', label: '经费管理', pattern: /经费/u },
  { id: 'ip', label: '收益分配原则和知识产权管理', pattern: /知识产权|收益分配/u },
  { id: 'dissolution', label: '解散和清算', pattern: /解散|清算|终止/u },
  { id: 'liability', label: '违约责任', pattern: /违约/u },
  { id: 'general', label: '一般格式内容', pattern: /一般|附则|生效|其他条款/u },
  { id: 'other', label: '其他约定事项', pattern: /其他(?:事项|约定)/u },
];

/** Sections of the Henan feasibility-report outline (seed 004, 附件2 一–七). */
export const FEASIBILITY_OUTLINE: readonly OutlineSection[] = [
  { id: 'purpose', label: '联盟构建的目的和意义', pattern: /目的|意义/u },
  { id: 'tasks-goals', label: '主要任务和目标', pattern: /主要任务|任务和目标/u },
  { id: 'foundation', label: '现有工作基础、条件和优势', pattern: /工作基础|条件和优势/u },
  { id: 'composition', label: '联盟组成状况', pattern: /组成/u },
  { id: 'division', label: '拟合作开展科技创新的工作任务及分工', pattern: /分工/u },
  { id: 'risks', label: '预期效果和风险分析', pattern: /风险|预期效果/u },
  { id: 'annexes', label: '其他相关附件', pattern: /附件/u },
];

/** Sections of the Gansu annual work-summary outline (seed 000, 附件4 一–五). */
export const ANNUAL_SUMMARY_OUTLINE: readonly OutlineSection[] = [
  { id: 'lead-unit', label: '产业联盟牵头单位情况', pattern: /牵头单位/u },
  { id: 'work', label: '当年工作开展情况', pattern: /工作开展/u },
  { id: 'results', label: '取得的工作成效', pattern: /成效/u },
  { id: 'plan', label: '下一年度工作计划', pattern: /工作计划|下一年度/u },
  { id: 'problems', label: '存在的主要困难问题及有关意见建议', pattern: /困难|问题|建议/u },
];
