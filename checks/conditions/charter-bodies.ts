import { z } from 'zod';
import { defineCondition, documentMissing, kindUnreadable, recordsOf, use } from '../../src/engine/condition.js';

const KIND_LABELS = { decision: '决策机构', consulting: '咨询机构', executive: '执行机构' } as const;

/** charter.bodies: the charter sets up decision, consulting and executive bodies and names who bears external responsibility. */
export default defineCondition({
  meta: {
    id: 'charter.bodies',
    title: '章程设立决策、咨询、执行机构',
    description: 'The charter sets up decision, consulting and executive bodies and states who bears external responsibility.',
    messages: {
      ok: '章程设立了决策机构（{{decision}}）、咨询机构（{{consulting}}）、执行机构（{{executive}}），并明确了对外承担责任的主体',
      missingBodies: '章程未设立{{missing}}',
      noResponsibility: '章程设立了决策、咨询、执行机构，但未明确产业联盟对外承担责任的主体',
      noCharter: '未提交联盟章程',
      notRead: '有文件无法读取或无法识别类型（{{where}}），未能确认是否提交了所需文件，需人工核实',
      unreadable: '章程部分页面无法可靠读取，未找到{{missing}}，需人工核实',
    },
    options: z.object({ requireExternalResponsibility: z.boolean().default(true) }),
  },
  check({ records, documents, options }) {
    const charters = recordsOf(records, 'charter');
    if (charters.length === 0) return documentMissing(documents, 'noCharter', 'notRead');
    const bodies = use(charters[0].facts.bodies);
    const names = bodies.state === 'usable' ? bodies.value : { decision: [], consulting: [], executive: [] };
    const missing = (Object.keys(KIND_LABELS) as (keyof typeof KIND_LABELS)[]).filter((k) => names[k].length === 0).map((k) => KIND_LABELS[k]);
    const evidence = bodies.state === 'usable' ? bodies.fact.evidence : [];
    const seen = { ...names };
    const unreadable = bodies.state === 'unreadable' || kindUnreadable(documents, 'charter');
    if (missing.length > 0) return { status: unreadable ? 'unknown' : 'fail', messageId: unreadable ? 'unreadable' : 'missingBodies', data: { missing }, evidence, seen };
    const responsibility = use(charters[0].facts.externalResponsibility);
    const data = { decision: names.decision, consulting: names.consulting, executive: names.executive };
    if (options.requireExternalResponsibility && responsibility.state !== 'usable') {
      const unsure = unreadable || responsibility.state === 'unreadable';
      return { status: unsure ? 'unknown' : 'fail', messageId: unsure ? 'unreadable' : 'noResponsibility', data: { missing: '对外承担责任的主体' }, evidence, seen };
    }
    return { status: 'pass', messageId: 'ok', data, evidence: [...evidence, ...(responsibility.state === 'usable' ? responsibility.fact.evidence : [])], seen };
  },
});
