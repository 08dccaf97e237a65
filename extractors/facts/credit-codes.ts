import type { Doc, Reading } from '../../src/model/document.js';
import { absent, found, type Fact } from '../../src/model/fact.js';
import type { CodeMention } from '../../src/model/facts.js';
import { findCreditCodes, findOrganizationCodes, type CreditCodeMatch } from '../../src/text/credit-code.js';
import { docLines, documentEvidence, evidenceAt } from '../../src/model/doc-view.js';
import { listTables } from '../layout/list-tables.js';

/**
 * The credit codes of a line or cell. Where two OCR readings disagreed, the check character
 * arbitrates: a code that is valid in another reading replaces an invalid one of the text (or is
 * taken when the text has none), at the confidence that reading had. When no reading has a valid
 * code and the text has none, another reading's invalid code is kept, at the lower confidence: a
 * code one engine saw is never lost because the other misread its length.
 */
export function codesRead(part: { text: string; confidence?: number; readings?: Reading[] }, orgCodes: CreditCodeMatch[] = []): { m: CreditCodeMatch; confidence?: number }[] {
  const own = [...findCreditCodes(part.text), ...orgCodes].map((m) => ({ m, confidence: part.confidence }));
  if (!part.readings || own.some(({ m }) => m.valid && m.code.length === 18)) return own;
  const other = part.readings.flatMap((r) => findCreditCodes(r.text).map((m) => ({ m, confidence: r.confidence })));
  const valid = other.filter(({ m }) => m.valid);
  if (valid.length > 0) return [...own.filter(({ m }) => m.code.length !== 18), valid[0]];
  if (own.some(({ m }) => m.code.length === 18) || other.length === 0) return own;
  return [...own, { m: other[0].m, confidence: Math.min(other[0].confidence, part.confidence ?? 1) }];
}

/**
 * Every unified social credit code a document states: 18-character tokens in a line or cell that
 * says it holds a code (统一社会信用代码, 机构代码, 法人代码), in a table's code column, or holding a
 * letter; and 9-character organisation codes in a code column or beside 组织机构代码. Bare 18-digit
 * numbers elsewhere (identity card and account numbers) are not codes.
 */
export function readCreditCodes(doc: Doc): Fact<CodeMention[]> {
  const codeCells = new Set<string>();
  for (const table of listTables(doc)) {
    const c = table.columns.findIndex((col) => col.role === 'code');
    if (c >= 0) for (const row of table.rows) if (row.cells[c]) codeCells.add(row.cells[c]!.ref);
  }
  const out: CodeMention[] = [];
  for (const line of docLines(doc)) {
    const parts = line.cells ?? [{ ...line, text: line.text }];
    for (const part of parts) {
      const labelled = /代码/u.test(part.text) || /代码/u.test(line.text) || codeCells.has(part.ref);
      const orgCodes = codeCells.has(part.ref) || /组织机构代码|机构代码/u.test(part.text) ? findOrganizationCodes(part.text) : [];
      for (const { m, confidence } of codesRead(part, orgCodes)) {
        if (!labelled && !/[A-Z]/u.test(m.code)) continue;
        const at = { ref: part.ref, page: part.page ?? line.page, bbox: part.bbox, confidence: part.confidence, ...(part.readings ? { readings: part.readings } : {}) };
        const mention: CodeMention = { code: m.code, valid: m.valid, evidence: evidenceAt(doc, at, part.text) };
        if (confidence !== undefined) mention.confidence = confidence;
        out.push(mention);
      }
    }
  }
  return out.length > 0 ? found(out, out.slice(0, 5).map((m) => m.evidence)) : absent([documentEvidence(doc)]);
}
