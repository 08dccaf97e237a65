import { z } from 'zod';
import { defineCondition, use } from '../../src/engine/condition.js';
import { isValidCreditCode } from '../../src/text/credit-code.js';
import { unitKey } from '../../src/text/organizations.js';

/** members.credit-code-valid: every stated unified social credit code passes the GB 32100-2015 check character. */
export default defineCondition({
  meta: {
    id: 'members.credit-code-valid',
    title: '统一社会信用代码校验',
    description: 'Each 18-character unified social credit code stated for a member passes the GB 32100-2015 check character.',
    messages: {
      ok: '{{count}} 个统一社会信用代码均通过校验',
      invalid: '以下统一社会信用代码校验位错误：{{codes}}',
      none: '材料中未列出成员单位的统一社会信用代码，本项不适用',
      unreadable: '成员名单无法可靠读取，未能核对统一社会信用代码，需人工核实',
      ocrSuspect: '扫描件上识别出的代码校验位不符，可能是识别错误，需人工核对原件：{{codes}}',
    },
    options: z.object({}),
  },
  check({ facts }) {
    const lists = [use(facts.members), use(facts.agreementParties)];
    const withCodes = lists.flatMap((l) => (l.state === 'usable' ? l.value : [])).filter((m) => m.creditCode);
    // A unit whose code a born-digital document states is checked on that code; an OCR reading of it elsewhere adds nothing.
    const digital = new Set(withCodes.filter((m) => m.confidence === undefined).map((m) => unitKey(m.name)));
    const checked = withCodes.filter((m) => m.confidence === undefined || !digital.has(unitKey(m.name)));
    const unique = [...new Map(checked.map((m) => [`${m.name}|${m.creditCode}`, m])).values()];
    if (unique.length === 0) return lists.some((l) => l.state === 'unreadable') ? { status: 'unknown', messageId: 'unreadable' } : { status: 'pass', messageId: 'none' };
    const bad = unique.filter((m) => !isValidCreditCode(m.creditCode!));
    if (bad.length === 0) return { status: 'pass', messageId: 'ok', data: { count: unique.length }, evidence: unique.flatMap((m) => m.evidence).slice(0, 5) };
    // A code read by OCR that fails its check character is as likely a misreading as a wrong code.
    if (bad.every((m) => m.confidence !== undefined)) {
      return { status: 'unknown', messageId: 'ocrSuspect', data: { codes: bad.map((m) => `${m.name} ${m.creditCode}`) }, evidence: bad.flatMap((m) => m.evidence), seen: { invalid: bad.map((m) => m.creditCode) } };
    }
    bad.splice(0, bad.length, ...bad.filter((m) => m.confidence === undefined));
    return { status: 'fail', messageId: 'invalid', data: { codes: bad.map((m) => `${m.name} ${m.creditCode}`) }, evidence: bad.flatMap((m) => m.evidence), seen: { invalid: bad.map((m) => m.creditCode) } };
  },
});
