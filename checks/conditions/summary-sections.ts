import { z } from 'zod';
import { defineCondition, documentMissing, recordsOf, use } from '../../src/engine/condition.js';

/** A section an outline requires: its id, its title as the notice writes it, and words of its heading. */
const SectionSchema = z.object({ id: z.string(), label: z.string(), words: z.array(z.string()).min(1) });

/** summary.sections: every annual work summary covers the sections of the outline the pack gives. */
export default defineCondition({
  meta: {
    id: 'summary.sections',
    title: '年度工作总结内容完整',
    description: 'Each annual work summary has a heading for every section of the official outline (the outline is pack data).',
    messages: {
      complete: '{{count}} 份年度工作总结均包含提纲规定的全部内容',
      missing: '年度工作总结缺少提纲规定的内容：{{missing}}',
      none: '未提交年度工作总结',
      unreadable: '年度工作总结无法可靠读取（{{where}}），需人工核实',
      notRead: '有文件无法读取或无法识别类型（{{where}}），未能确认是否提交了年度工作总结，需人工核实',
    },
    options: z.object({ sections: z.array(SectionSchema).min(1) }),
  },
  check({ records, documents, options }) {
    const summaries = recordsOf(records, 'annual-summary');
    if (summaries.length === 0) return documentMissing(documents, 'none', 'notRead');
    const problems: string[] = [];
    const unsure: string[] = [];
    for (const r of summaries) {
      const headings = use(r.facts.headings);
      const wellRead = headings.state !== 'unreadable' && documents.find((d) => d.file === r.file)?.quality === 'good';
      const have = headings.state === 'usable' ? headings.value : [];
      const lacking = options.sections.filter((s) => !have.some((h) => s.words.some((w) => h.includes(w))));
      if (lacking.length === 0) continue;
      if (wellRead) problems.push(`${r.facts.reportYear?.value ?? r.file}：${lacking.map((s) => s.label).join('、')}`);
      else unsure.push(r.file);
    }
    const evidence = summaries.flatMap((r) => r.facts.headings?.evidence.slice(0, 2) ?? []);
    if (problems.length > 0) return { status: 'fail', messageId: 'missing', data: { missing: problems.join('；') }, evidence };
    if (unsure.length > 0) return { status: 'unknown', messageId: 'unreadable', data: { where: unsure }, evidence };
    return { status: 'pass', messageId: 'complete', data: { count: summaries.length }, evidence };
  },
});
