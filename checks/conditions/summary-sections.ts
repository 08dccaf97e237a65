import { z } from 'zod';
import { defineCondition, recordsOf, use } from '../../src/engine/condition.js';

const SECTIONS: Record<string, string> = {
  'lead-unit': '一、牵头单位情况',
  work: '二、当年工作开展情况',
  results: '三、取得的工作成效',
  plan: '四、下一年度工作计划',
  problems: '五、存在的主要困难问题及意见建议',
};

/** summary.sections: every annual work summary covers the five sections of the outline (seed 000 附件4). */
export default defineCondition({
  meta: {
    id: 'summary.sections',
    title: '年度工作总结内容完整',
    description: 'Each annual work summary has the five sections of the official outline.',
    messages: {
      complete: '{{count}} 份年度工作总结均包含提纲规定的五部分内容',
      missing: '年度工作总结缺少提纲规定的内容：{{missing}}',
      none: '未提交年度工作总结',
      unreadable: '年度工作总结无法可靠读取，需人工核实',
    },
    options: z.object({ sections: z.array(z.string()).default(Object.keys(SECTIONS)) }),
  },
  check({ records, options }) {
    const summaries = recordsOf(records, 'annual-summary');
    if (summaries.length === 0) return { status: 'fail', messageId: 'none' };
    const problems: string[] = [];
    let unreadable = false;
    for (const r of summaries) {
      const present = use(r.fields.outlineSections);
      if (present.state === 'unreadable') unreadable = true;
      const have = present.state === 'usable' ? present.value : [];
      const lacking = options.sections.filter((s) => !have.includes(s));
      if (lacking.length > 0) problems.push(`${r.fields.reportYear?.value ?? r.file}：${lacking.map((s) => SECTIONS[s] ?? s).join('、')}`);
    }
    const evidence = summaries.flatMap((r) => r.fields.outlineSections?.evidence.slice(0, 2) ?? []);
    if (problems.length > 0) return { status: unreadable ? 'unknown' : 'fail', messageId: unreadable ? 'unreadable' : 'missing', data: { missing: problems.join('；') }, evidence };
    return { status: 'pass', messageId: 'complete', data: { count: summaries.length }, evidence };
  },
});
