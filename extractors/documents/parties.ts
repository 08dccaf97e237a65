import type { Cell, Doc } from '../../src/model/document.js';
import type { Member, SignatureRow } from '../../src/model/member.js';
import { MIN_FACT_CONFIDENCE } from '../../src/model/fact.js';
import { findCreditCodes } from '../../src/text/credit-code.js';
import { cleanUnitName, memberTypeOf, parsePartyLine, provinceOfCreditCode, provinceOfText, unitKey } from '../../src/text/organizations.js';
import { docLines, evidenceAt, type Line } from './doc-text.js';
import { hasAnswer } from '../../src/text/answers.js';

/** Header words of a member table's name column. */
const NAME_HEADER = /单位名称|成员单位|名称|缔约方|成员名称/u;
/** Header words of a column signed by hand (handwriting elsewhere, e.g. in a seal column, is noise). */
const HAND_HEADER = /签字|签名|签章/u;
/** Header words of a signature column. */
const SIGN_HEADER = /签字|签章|盖章|签名|印章/u;
/** Placeholder text left in a blank signature cell. */
const SIGN_PLACEHOLDER = /[（(]?\s*(?:签字|签章|盖章|公章|签名|印章|法定代表人|授权代表|或|日期|单位)\s*[)）]?|[：:年月日\s_＿.．/-]/gu;

/** A member from a unit name and the text around it (credit code, province). */
export function toMember(name: string, context: string, evidence: Member['evidence'], confidence?: number): Member {
  const code = findCreditCodes(context)[0]?.code;
  const province = (code ? provinceOfCreditCode(code) : null) ?? provinceOfText(name);
  const m: Member = { name, type: memberTypeOf(name), evidence };
  if (confidence !== undefined) m.confidence = confidence;
  if (code) m.creditCode = code;
  if (province) m.province = province;
  return m;
}

/** Looks like a unit name (ends with a unit word). */
export function isUnitName(text: string): boolean {
  return /(?:公司|大学|学院|研究院|研究所|科学院|中心|协会|学会|集团|厂|站|所|院|局|校)$/u.test(text) && text.length >= 4 && text.length <= 60;
}

/**
 * Parties named in "甲方：…" lines and in member tables (name column), in order. A unit named
 * twice in one list is kept twice (members.no-duplicates reports it); a table that repeats the
 * party lines adds only the units they lack.
 */
export function readParties(doc: Doc): Member[] {
  const lines = docLines(doc);
  const fromLines: Member[] = [];
  for (const line of lines) {
    if (line.kind === 'row') continue;
    const name = parsePartyLine(line.text);
    if (name) fromLines.push(toMember(name, line.text, [evidenceAt(doc, line, line.text)], line.confidence));
  }
  const fromTables: Member[] = [];
  for (const table of tablesWithHeader(lines, NAME_HEADER)) {
    if (table.header.some((c) => SIGN_HEADER.test(c))) continue;
    for (const row of table.rows) {
      const cell = row.cells?.[table.nameColumn];
      if (!cell) continue;
      const name = cleanUnitName(cell.text.split('\n')[0]);
      if (isUnitName(name)) fromTables.push(toMember(name, row.text, [evidenceAt(doc, cell, row.text)], row.confidence));
    }
  }
  const known = new Set(fromLines.map((m) => unitKey(m.name)));
  return [...fromLines, ...fromTables.filter((m) => !known.has(unitKey(m.name)))];
}

/** A signature or seal slot written as a line: "单位公章：", "法人签字（章）：张三". */
const SIGN_SLOT = /^(.{0,24}?(?:签字|签章|签名|盖章|公章|\(章\)|（章）)[^：:]{0,6})[：:]\s*(.*)$/u;

/**
 * Rows of signature tables (a unit and whether its signature/seal cells hold anything), and
 * signature slots written as lines outside tables (named by their label).
 */
export function readSignatureRows(doc: Doc): SignatureRow[] {
  const out: SignatureRow[] = [];
  for (const line of docLines(doc)) {
    if (line.kind === 'row') continue;
    const slot = SIGN_SLOT.exec(line.text);
    if (!slot || line.text.length > 60) continue;
    const mark = slot[2].replace(SIGN_PLACEHOLDER, '');
    if (isUnitName(cleanUnitName(mark))) {
      // "甲方（盖章）：XX公司": the line names the party; whether it was sealed is not in the text.
      out.push({ name: cleanUnitName(mark), signed: 'unknown', evidence: [evidenceAt(doc, line, line.text)] });
      continue;
    }
    const row: SignatureRow = { name: slot[1].trim(), signed: hasAnswer(mark) ? 'yes' : 'no', evidence: [evidenceAt(doc, line, line.text)] };
    if (hasAnswer(mark)) row.signer = mark;
    out.push(row);
  }
  for (const table of tablesWithHeader(docLines(doc), SIGN_HEADER)) {
    const signColumns = table.header.map((h, i) => (SIGN_HEADER.test(h) && i !== table.nameColumn ? i : -1)).filter((i) => i >= 0);
    const handColumns = signColumns.filter((i) => HAND_HEADER.test(table.header[i]));
    for (const row of table.rows) {
      const cells = row.cells ?? [];
      const nameCell = cells[table.nameColumn];
      const name = nameCell ? cleanUnitName(nameCell.text) : '';
      if (!isUnitName(name)) continue;
      out.push(signatureRow(doc, name, nameCell, cells, { sign: signColumns, hand: handColumns }, row.text));
    }
  }
  return out;
}


/**
 * Whether a signature row is signed: a seal over any of its cells, handwriting in a signature
 * column, or readable text there that is not a placeholder. On scans, a signature cell read with
 * low confidence and no seal or handwriting leaves the row `unknown`. The seal's region is evidence.
 */
function signatureRow(doc: Doc, name: string, nameCell: Cell, cells: readonly Cell[], columns: { sign: readonly number[]; hand: readonly number[] }, rowText: string): SignatureRow {
  const signColumns = columns.sign;
  const evidence = [evidenceAt(doc, nameCell, rowText)];
  const sealed = cells.find((c) => c.seal);
  if (sealed?.seal) evidence.push({ ...evidenceAt(doc, sealed, '（印章）'), bbox: sealed.seal.bbox });
  const signCells = signColumns.map((i) => cells[i]).filter((c): c is Cell => c !== undefined);
  const handwritten = columns.hand.map((i) => cells[i]).find((c) => c?.handwriting);
  if (handwritten) evidence.push(evidenceAt(doc, handwritten, '（手写签名）'));
  // On a scan, printed text in a signature cell proves nothing: only a seal or handwriting does.
  const typed = signCells.filter((c) => c.confidence === undefined).map((c) => c.text.replace(SIGN_PLACEHOLDER, '')).filter((t) => hasAnswer(t));
  const unsure = signCells.some((c) => c.confidence !== undefined && c.confidence < MIN_FACT_CONFIDENCE && hasAnswer(c.text.replace(SIGN_PLACEHOLDER, '')));
  const signed = sealed || handwritten || typed.length > 0 ? 'yes' : unsure ? 'unknown' : 'no';
  const out: SignatureRow = { name, signed, evidence };
  if (typed.length > 0) out.signer = typed[0];
  return out;
}

interface HeaderTable {
  header: string[];
  nameColumn: number;
  rows: Line[];
}

/** Tables (runs of rows) whose first row is a header matching `headerPattern`; the name column is the one that names units. */
function tablesWithHeader(lines: Line[], headerPattern: RegExp): HeaderTable[] {
  const out: HeaderTable[] = [];
  let current: HeaderTable | null = null;
  let currentTable: string | undefined;
  for (const line of lines) {
    if (line.kind !== 'row' || !line.cells) {
      current = null;
      continue;
    }
    const texts = line.cells.map((c) => c.text);
    const isHeader = texts.some((t) => headerPattern.test(t)) && texts.some((t) => NAME_HEADER.test(t)) && texts.every((t) => t.length <= 30);
    if (isHeader && !texts.some((t) => isUnitName(cleanUnitName(t)))) {
      current = { header: texts, nameColumn: Math.max(0, texts.findIndex((t) => NAME_HEADER.test(t))), rows: [] };
      currentTable = line.tableRef;
      out.push(current);
      continue;
    }
    if (current && (line.tableRef === currentTable || line.page !== undefined)) current.rows.push(line);
  }
  return out;
}
