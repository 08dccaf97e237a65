import { z } from 'zod';
import { defineCondition, unreadFiles, use } from '../../src/engine/condition.js';
import type { CodeMention } from '../../src/model/facts.js';

/**
 * members.credit-code-valid: every unified social credit code the documents state passes the
 * GB 32100-2015 check character — every code in every readable document, not only those of the
 * member list that was read.
 */
export default defineCondition({
  meta: {
    id: 'members.credit-code-valid',
    title: '统一社会信用代码校验',
    description: 'Each 18-character unified social credit code stated in the documents passes the GB 32100-2015 check character.',
    messages: {
      ok: '{{count}} 个统一社会信用代码均通过校验',
      invalid: '以下统一社会信用代码校验位错误：{{codes}}',
      none: '成员名单未列出统一社会信用代码，无代码可校验',
      unreadable: '成员名单或统一社会信用代码无法可靠读取，未能核对，需人工核实',
      ocrSuspect: '扫描件上识别出的代码校验位不符，可能是识别错误，需人工核对原件：{{codes}}',
    },
    options: z.object({}),
  },
  check({ facts, documents }) {
    const mentions = use(facts.creditCodes);
    const members = use(facts.members);
    const all: CodeMention[] = mentions.state === 'usable' ? mentions.value : [];
    // A code a born-digital document states is checked on that reading; an OCR reading of the same code adds nothing.
    // An OCR reading within a few characters of a born-digital code is a (mis)reading of that code.
    const digital = [...new Set(all.filter((m) => m.confidence === undefined).map((m) => m.code))];
    const known = (code: string) => digital.some((d) => differences(d, code) <= MAX_OCR_DIFFERENCES);
    const checked = [...new Map(all.filter((m) => m.confidence === undefined || !known(m.code)).map((m) => [m.code, m])).values()];
    const unread = unreadFiles(documents).length > 0 || mentions.state === 'unreadable';
    if (checked.length === 0) {
      if (members.state === 'usable' && !unread) return { status: 'pass', messageId: 'none', evidence: members.fact.evidence.slice(0, 3) };
      return { status: 'unknown', messageId: 'unreadable' };
    }
    const bad = checked.filter((m) => !m.valid);
    const seen = { checked: checked.length, invalid: bad.map((m) => m.code) };
    if (bad.length === 0) {
      // With a file unread, every code read passing proves enough only when each member's code is among them.
      const valid = new Set(checked.map((m) => m.code));
      const covered = members.state === 'usable' && members.value.every((m) => m.creditCode !== undefined && valid.has(m.creditCode));
      if (unread && !covered) return { status: 'unknown', messageId: 'unreadable', evidence: checked.map((m) => m.evidence).slice(0, 5), seen };
      return { status: 'pass', messageId: 'ok', data: { count: checked.length }, evidence: checked.map((m) => m.evidence).slice(0, 5), seen };
    }
    const badDigital = bad.filter((m) => m.confidence === undefined);
    // A code read by OCR that fails its check character is as likely a misreading as a wrong code.
    if (badDigital.length === 0) return { status: 'unknown', messageId: 'ocrSuspect', data: { codes: bad.map((m) => `${m.code}（${m.evidence.file}）`) }, evidence: bad.map((m) => m.evidence), seen };
    return { status: 'fail', messageId: 'invalid', data: { codes: badDigital.map((m) => `${m.code}（${m.evidence.file}）`) }, evidence: badDigital.map((m) => m.evidence), seen };
  },
});

/** Characters an OCR reading may differ by from a code it is taken to be. */
const MAX_OCR_DIFFERENCES = 3;

/** Positions at which two codes of the same length differ (Infinity for different lengths). */
function differences(a: string, b: string): number {
  if (a.length !== b.length) return Infinity;
  let n = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) n++;
  return n;
}
