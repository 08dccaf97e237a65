import { z } from 'zod';
import { defineCondition, documentMissing, recordsOf, use } from '../../src/engine/condition.js';

/** summary.on-time: each year's work summary is dated before {dueMonth} of the following year. */
export default defineCondition({
  meta: {
    id: 'summary.on-time',
    title: '年度工作总结按时报送',
    description: 'Each annual summary for year Y is dated (or filed) before the first day of `dueMonth` in year Y+1.',
    messages: {
      onTime: '{{count}} 份年度工作总结均在次年{{dueMonth}}月前报送',
      late: '以下年度工作总结晚于次年{{dueMonth}}月1日：{{late}}',
      undated: '以下年度工作总结未注明年度或日期，无法判断是否按时报送：{{undated}}',
      none: '未提交年度工作总结',
      notRead: '有文件无法读取或无法识别类型（{{where}}），未能确认是否提交了年度工作总结，需人工核实',
    },
    options: z.object({ dueMonth: z.number().int().min(1).max(12) }),
  },
  check({ records, documents, meta, options }) {
    const summaries = recordsOf(records, 'annual-summary');
    if (summaries.length === 0) return documentMissing(documents, 'none', 'notRead');
    const late: string[] = [];
    const undated: string[] = [];
    for (const r of summaries) {
      const year = use(r.facts.reportYear);
      const date = use(r.facts.reportDate);
      const when = date.state === 'usable' ? date.value : meta.submittedAt;
      if (year.state !== 'usable' || !when) {
        undated.push(r.file);
        continue;
      }
      const due = `${year.value + 1}-${String(options.dueMonth).padStart(2, '0')}-01`;
      if (when >= due) late.push(`${year.value}年度（${when}）`);
    }
    const evidence = summaries.flatMap((r) => [...(r.facts.reportYear?.evidence ?? []), ...(r.facts.reportDate?.evidence ?? [])]);
    const data = { dueMonth: options.dueMonth, count: summaries.length, late, undated };
    if (late.length > 0) return { status: 'fail', messageId: 'late', data, evidence };
    if (undated.length > 0) return { status: 'unknown', messageId: 'undated', data, evidence };
    return { status: 'pass', messageId: 'onTime', data, evidence };
  },
});
