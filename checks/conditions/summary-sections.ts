import { z } from 'zod';
import { defineCondition, documentMissing, recordsOf, use } from '../../src/engine/condition.js';

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
      unreadable: '年度工作总结无法可靠读取（{{where}}），需人工核实',
      notRead: '有文件无法读取或无法识别类型（{{where}}），未能确认是否提交了年度工作总结，需人工核实',
    },
    options: z.object({ sections: z.array(z.string()).default(Object.keys(SECTIONS)) }),
  },
  check({ records, documents, options }) {
    const summaries = recordsOf(records, 'annual-summary');
    if (summaries.length === 0) return documentMissing(documents, 'none', 'notRead');
    const problems: string[] = [];
    const unsure: string[] = [];
    for (const r of summaries) {
      const present = use(r.facts.outlineSections);
      const wellRead = present.state !== 'unreadable' && documents.find((d) => d.file === r.file)?.quality === 'good';
      const have = present.state === 'usable' ? present.value : [];
      const lacking = options.sections.filter((s) => !have.includes(s));
      if (lacking.length === 0) continue;
      if (wellRead) problems.push(`${r.facts.reportYear?.value ?? r.file}：${lacking.map((s) => SECTIONS[s] ?? s).join('、')}`);
      else unsure.push(r.file);
    }
    const evidence = summaries.flatMap((r) => r.facts.outlineSections?.evidence.slice(0, 2) ?? []);
    if (problems.length > 0) return { status: 'fail', messageId: 'missing', data: { missing: problems.join('；') }, evidence };
    if (unsure.length > 0) return { status: 'unknown', messageId: 'unreadable', data: { where: unsure }, evidence };
    return { status: 'pass', messageId: 'complete', data: { count: summaries.length }, evidence };
  },
});
