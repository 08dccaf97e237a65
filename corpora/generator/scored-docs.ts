import type { Layout } from './layout.js';
import { writeFigure } from './numbers.js';
import type { DocSpec, SpecCell } from './spec.js';

const c = (text: string, colSpan = 1): SpecCell => ({ text, colSpan });

/** A data sheet (申报数据表 / 考核数据表): one row per figure, label and value with its unit (or as the layout lists them). */
export function dataSheetSpec(title: string, intro: string, rows: readonly [string, string][], layout: Layout = {}): DocSpec {
  const figures = rows.map(([label, value]): [string, string] => [label, writeFigure(value, layout.figures ?? 'arabic')]);
  return {
    title,
    blocks: [
      { kind: 'paragraph', text: intro },
      { kind: 'table', rows: dataRows(figures, layout.dataSheet ?? 'plain') },
      { kind: 'paragraph', text: '以上数据真实有效，证明材料附后。' },
    ],
  };
}

/** A value cell as a number and its unit ("860万元" → ["860", "万元"]; "有" → ["有", ""]). */
export function splitUnit(value: string): [string, string] {
  const m = /^([0-9.]+)(.*)$/u.exec(value);
  return m ? [m[1], m[2]] : [value, ''];
}

function dataRows(rows: readonly [string, string][], style: NonNullable<Layout['dataSheet']>): SpecCell[][] {
  switch (style) {
    case 'plain':
      return [[c('指标'), c('数值')], ...rows.map(([label, value]) => [c(label), c(value)])];
    case 'unit-column':
      return [[c('指标'), c('单位'), c('数值')], ...rows.map(([label, value]) => {
        const [n, unit] = splitUnit(value);
        return [c(label), c(unit), c(n)];
      })];
    case 'pairs': {
      const out: SpecCell[][] = [[c('指标'), c('数值'), c('指标'), c('数值')]];
      for (let i = 0; i < rows.length; i += 2) out.push([c(rows[i][0]), c(rows[i][1]), c(rows[i + 1]?.[0] ?? ''), c(rows[i + 1]?.[1] ?? '')]);
      return out;
    }
  }
}

/** One row of a self-evaluation table. */
export interface SelfEvaluationRow {
  group: string;
  label: string;
  max: number;
  claimed: number;
  /** The figures the indicator is scored on, as the data sheet gives them (「发明专利1项，实用新型专利2项」), or '' for none. */
  value: string;
  /** The same figures stated as a sentence for 自评依据 (「当年发明专利申请数为1项，…」), or '' for none. */
  grounds: string;
}

/** A self-evaluation table (自评表): group, indicator, weight and the applicant's claimed 得分 per row (or as the layout lists them). */
export function selfEvaluationSpec(title: string, rows: readonly SelfEvaluationRow[], layout: Layout = {}): DocSpec {
  const total = String(rows.reduce((s, r) => s + r.claimed, 0));
  const style = layout.selfEvaluation ?? 'plain';
  if (style === 'plain') {
    return {
      title,
      blocks: [
        {
          kind: 'table',
          rows: [[c('一级指标'), c('三级指标'), c('权重(分)'), c('得分')], ...rows.map((r) => [c(r.group), c(r.label), c(String(r.max)), c(String(r.claimed))]), [c('合计'), c(''), c(''), c(total)]],
        },
      ],
    };
  }
  const detailed = style === 'detailed';
  const header = ['序号', '一级指标', '二级指标/三级指标', '权重（分）', ...(detailed ? ['完成情况'] : []), '自评得分', '自评依据'].map((t) => c(t));
  const body: SpecCell[][] = rows.map((r, i) => {
    // The 一级指标 cell spans the consecutive rows of its group; the rows it covers leave it out.
    const first = i === 0 || rows[i - 1].group !== r.group;
    let span = 1;
    while (first && i + span < rows.length && rows[i + span].group === r.group) span++;
    const group: SpecCell[] = first ? [{ text: r.group, rowSpan: span }] : [];
    const value = detailed ? [c(r.value || '详见证明材料')] : [];
    const grounds = detailed ? '见申报数据表及证明材料' : r.grounds || '详见证明材料';
    return [c(String(i + 1)), ...group, c(r.label), c(String(r.max)), ...value, c(String(r.claimed)), c(grounds)];
  });
  const widths = detailed ? [1, 3, 5, 2, 4, 2, 4] : [1, 3, 5, 2, 2, 6];
  return {
    title,
    blocks: [{ kind: 'table', widths, rows: [header, ...body, [c('合计', 3), c(''), ...(detailed ? [c('')] : []), c(total), c('')]] }],
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
