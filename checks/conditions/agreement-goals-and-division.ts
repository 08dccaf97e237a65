import { z } from 'zod';
import { defineCondition, documentMissing, kindUnreadable, recordsOf, use } from '../../src/engine/condition.js';

/** agreement.goals-and-division: the agreement states technical innovation goals and a division of tasks. */
export default defineCondition({
  meta: {
    id: 'agreement.goals-and-division',
    title: '协议明确创新目标与任务分工',
    description: 'The agreement states technical innovation goals and a division of tasks among the members.',
    messages: {
      both: '协议明确了技术创新目标和成员任务分工',
      missing: '协议中未见{{missing}}的约定',
      noAgreement: '未提交联盟协议书',
      notRead: '有文件无法读取或无法识别类型（{{where}}），未能确认是否提交了所需文件，需人工核实',
      unreadable: '协议书部分页面无法可靠读取，未找到{{missing}}，需人工核实',
    },
    options: z.object({}),
  },
  check({ records, documents }) {
    const agreements = recordsOf(records, 'agreement');
    if (agreements.length === 0) return documentMissing(documents, 'noAgreement', 'notRead');
    const goalStates = agreements.map((r) => use(r.facts.hasGoals));
    const divisionStates = agreements.map((r) => use(r.facts.hasTaskDivision));
    const goals = goalStates.find((s) => s.state === 'usable' && s.value === true);
    const division = divisionStates.find((s) => s.state === 'usable' && s.value === true);
    const missing = [!goals ? '技术创新目标' : null, !division ? '成员任务分工' : null].filter((x): x is string => x !== null);
    const evidence = [goals, division].flatMap((s) => (s?.state === 'usable' ? s.fact.evidence : []));
    if (missing.length === 0) return { status: 'pass', messageId: 'both', evidence };
    const factUnreadable = (!goals && goalStates.some((s) => s.state === 'unreadable')) || (!division && divisionStates.some((s) => s.state === 'unreadable'));
    if (factUnreadable || kindUnreadable(documents, 'agreement')) return { status: 'unknown', messageId: 'unreadable', data: { missing }, evidence };
    return { status: 'fail', messageId: 'missing', data: { missing }, evidence, seen: { goals: !!goals, division: !!division } };
  },
});
