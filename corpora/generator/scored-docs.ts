import type { DocSpec, SpecCell } from './spec.js';

const c = (text: string, colSpan = 1): SpecCell => ({ text, colSpan });

/** A data sheet (申报数据表 / 考核数据表): one row per figure, label and value with its unit. */
export function dataSheetSpec(title: string, intro: string, rows: readonly [string, string][]): DocSpec {
  return {
    title,
    blocks: [
      { kind: 'paragraph', text: intro },
      { kind: 'table', rows: [[c('指标'), c('数值')], ...rows.map(([label, value]) => [c(label), c(value)])] },
      { kind: 'paragraph', text: '以上数据真实有效，证明材料附后。' },
    ],
  };
}

/** A self-evaluation table (自评表): group, indicator, weight and the applicant's claimed 得分 per row. */
export function selfEvaluationSpec(title: string, rows: readonly { group: string; label: string; max: number; claimed: number }[]): DocSpec {
  return {
    title,
    blocks: [
      {
        kind: 'table',
        rows: [[c('一级指标'), c('三级指标'), c('权重(分)'), c('得分')], ...rows.map((r) => [c(r.group), c(r.label), c(String(r.max)), c(String(r.claimed))]), [c('合计'), c(''), c(''), c(String(rows.reduce((s, r) => s + r.claimed, 0)))]],
      },
    ],
  };
}

/** An annual work summary (年度工作总结) with the sections of seed 000 附件4 and a closing date. */
export function annualSummarySpec(alliance: string, year: number, date: string, sections: readonly number[]): DocSpec {
  const all: [string, string][] = [
    ['一、产业联盟牵头单位情况', '牵头单位经营稳定，科技研发投入持续增加，联盟运行机制良好。'],
    ['二、当年工作开展情况', '组织开展行业共性关键技术研发推广，承担科研项目，促进科技成果转化。'],
    ['三、取得的工作成效', '解决行业关键共性技术难题，主持参与制定标准，实现综合效益。'],
    ['四、下一年度工作计划', '继续围绕产业链开展联合攻关，扩大联盟影响力。'],
    ['五、存在的主要困难问题及有关意见建议', '经费来源单一，建议加大对联盟的支持力度。'],
  ];
  return {
    title: `${alliance}${year}年度工作总结`,
    blocks: [...all.filter((_, i) => sections.includes(i + 1)).flatMap(([h, t]) => [{ kind: 'heading' as const, level: 2 as const, text: h }, { kind: 'paragraph' as const, text: t }]), { kind: 'paragraph', text: alliance, align: 'right' }, { kind: 'paragraph', text: date, align: 'right' }],
  };
}
