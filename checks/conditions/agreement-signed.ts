import { z } from 'zod';
import { defineCondition, documentMissing, kindUnreadable, recordsOf, use } from '../../src/engine/condition.js';
import { matchUnits } from '../../src/text/unit-match.js';

/** agreement.signed: every member unit signed or sealed the agreement's signature page. */
export default defineCondition({
  meta: {
    id: 'agreement.signed',
    title: '协议由全体成员签署',
    description: 'Every member unit has a signed or sealed row on the agreement signature page.',
    messages: {
      allSigned: '协议签署页 {{signed}} 家成员单位均已签字或盖章',
      unsigned: '以下成员单位未在协议上签字或盖章：{{names}}',
      notOnPage: '以下成员单位未出现在协议签署页：{{names}}',
      noPage: '协议中未找到签署页（成员单位签字、盖章栏）',
      noAgreement: '未提交联盟协议书，无法确认签署情况',
      notRead: '有文件无法读取或无法识别类型（{{where}}），未能确认是否提交了所需文件，需人工核实',
      unreadable: '协议签署页无法可靠读取（{{where}}），签署情况需人工核实',
    },
    options: z.object({}),
  },
  check({ facts, records, documents }) {
    const agreements = recordsOf(records, 'agreement');
    if (agreements.length === 0) return documentMissing(documents, 'noAgreement', 'notRead');
    const rowsFact = agreements.map((r) => r.facts.signatureRows).find((f) => f?.status === 'found') ?? agreements[0].facts.signatureRows;
    const rows = use(rowsFact);
    if (rows.state === 'unreadable') return { status: 'unknown', messageId: 'unreadable', data: { where: rows.fact.evidence.map((e) => e.file).join('、') }, evidence: rows.fact.evidence };
    if (rows.state === 'missing') {
      if (kindUnreadable(documents, 'agreement')) return { status: 'unknown', messageId: 'unreadable', data: { where: '协议书' }, evidence: rowsFact?.evidence ?? [] };
      return { status: 'fail', messageId: 'noPage', evidence: rowsFact?.evidence ?? [] };
    }
    const members = use(facts.members);
    const names = members.state === 'usable' ? [...new Set(members.value.map((m) => m.name))] : rows.value.map((r) => r.name);
    // Rows are tied to the member list by name, by similarity where OCR garbled a name, and by row order.
    const tied = matchUnits(names, rows.value.map((r) => r.name));
    const rowOf = (name: string) => rows.value[tied[names.indexOf(name)]];
    const unsigned = names.filter((n) => rowOf(n)?.signed === 'no');
    const notOnPage = names.filter((n) => !rowOf(n));
    const uncertain = names.filter((n) => rowOf(n)?.signed === 'unknown');
    const evidence = rows.value.flatMap((r) => r.evidence);
    const seen = { rows: rows.value.map((r) => ({ name: r.name, signed: r.signed })) };
    if (unsigned.length > 0) return { status: 'fail', messageId: 'unsigned', data: { names: unsigned }, evidence: rows.value.filter((r) => unsigned.includes(r.name)).flatMap((r) => r.evidence), seen };
    // A unit missing from a page read by OCR may be one whose name the OCR garbled: not a fail.
    const ocrPage = rows.value.some((r) => r.evidence.some((e) => e.bbox));
    if (notOnPage.length > 0) return { status: ocrPage ? 'unknown' : 'fail', messageId: ocrPage ? 'unreadable' : 'notOnPage', data: ocrPage ? { where: notOnPage.join('、') } : { names: notOnPage }, evidence, seen };
    if (uncertain.length > 0) return { status: 'unknown', messageId: 'unreadable', data: { where: uncertain.join('、') }, evidence, seen };
    return { status: 'pass', messageId: 'allSigned', data: { signed: names.length }, evidence, seen };
  },
});
