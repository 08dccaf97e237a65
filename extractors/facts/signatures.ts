import type { Cell, Doc } from '../../src/model/document.js';
import type { Evidence } from '../../src/model/evidence.js';
import type { SignatureRow } from '../../src/model/member.js';
import { MIN_FACT_CONFIDENCE } from '../../src/model/fact.js';
import { isUnitName } from '../../src/text/cell-content.js';
import { cleanUnitName, parseParty } from '../../src/text/organizations.js';
import { parseSlotLine, signatureMark } from '../../src/text/signature-slots.js';
import { docLines, evidenceAt, type Line } from '../../src/model/doc-view.js';
import { tableGrid } from '../../src/model/table-grid.js';
import { listTables, type ListTable } from '../layout/list-tables.js';
import { isSignatureTable, unitNameOfCell } from './members.js';

/**
 * Every signature slot of a document: rows of signature tables (a unit, its seal and signature
 * cells), and signature blocks written as lines — "乙方（盖章）：" with the unit on the same or the
 * next line, "法定代表人（签字）：…", "日期：…" — as paragraphs or inside table cells, two blocks
 * side by side. A block naming only an alias (甲方) takes the unit the preamble gave that alias.
 */
export function readSignatureRows(doc: Doc): SignatureRow[] {
  const rows: SignatureRow[] = [];
  const tableRefs = new Set<string>();
  for (const table of listTables(doc).filter(isSignatureTable)) {
    const found = rowsOfTable(doc, table);
    rows.push(...found);
    // A table whose rows name units is read by its columns; any other is read as blocks of lines below.
    if (found.length > 0) tableRefs.add(table.ref);
  }
  const aliases = partyAliases(doc);
  const paragraphs = docLines(doc).filter((l) => l.kind !== 'row').map((l) => ({ text: l.text, at: l as Located }));
  rows.push(...blocksOf(doc, paragraphs, aliases));
  for (const block of doc.blocks) {
    if (block.type !== 'table' || tableRefs.has(block.ref)) continue;
    const grid = tableGrid(block);
    for (let c = 0; c < grid.width; c++) {
      const stream: { text: string; at: Located }[] = [];
      for (const slots of grid.rows) {
        const slot = slots[c];
        if (!slot?.origin) continue;
        for (const text of slot.cell.text.split('\n')) stream.push({ text, at: slot.cell });
      }
      rows.push(...blocksOf(doc, stream, aliases));
    }
  }
  return rows;
}

type Located = Pick<Line, 'ref' | 'page' | 'bbox' | 'confidence'>;

function rowsOfTable(doc: Doc, table: ListTable): SignatureRow[] {
  const nameColumn = table.columns.findIndex((c) => c.role === 'name');
  if (nameColumn < 0) return [];
  const signColumns = table.columns.map((c, i) => (i !== nameColumn && (c.role === 'sign' || c.role === 'seal' || c.seals || c.signs) ? i : -1)).filter((i) => i >= 0);
  const handColumns = signColumns.filter((i) => table.columns[i].signs);
  const out: SignatureRow[] = [];
  table.rows.forEach((row, i) => {
    const nameCell = row.cells[nameColumn];
    if (!nameCell) return;
    // On a scan a seal may hide the unit's name: the row is kept under what was read (or its number), to be tied by row order.
    const scanned = nameCell.confidence !== undefined && row.cells.some((c) => c?.seal || c?.handwriting || (c && c !== nameCell && c.text.trim() !== ''));
    const name = unitNameOfCell(nameCell.text) ?? (scanned ? nameCell.text.trim() || `第${i + 1}行` : null);
    if (!name) return;
    const signature = signatureRow(doc, name, nameCell, row.cells, signColumns, handColumns, row.text);
    if (nameCell.confidence !== undefined) signature.confidence = nameCell.confidence;
    out.push(signature);
  });
  return out;
}

/**
 * Whether a signature row is signed: a seal over any of its cells (found on a scan, or pasted in as
 * an image), handwriting in a signature column, or readable text there that is not a placeholder. On scans printed text proves nothing,
 * and a signature cell read with low confidence and no seal or handwriting leaves the row unknown.
 * A table whose only signing column is the unit's own (成员单位（盖章）) cannot show a seal in text: unknown.
 */
function signatureRow(doc: Doc, name: string, nameCell: Cell, cells: readonly (Cell | null)[], signColumns: readonly number[], handColumns: readonly number[], rowText: string): SignatureRow {
  const evidence = [evidenceAt(doc, nameCell, rowText)];
  const present = cells.filter((c): c is Cell => c !== null);
  const sealed = present.find((c) => c.seal);
  if (sealed?.seal) evidence.push({ ...evidenceAt(doc, sealed, '（印章）'), bbox: sealed.seal.bbox });
  const signCells = signColumns.map((i) => cells[i]).filter((c): c is Cell => c !== null && c !== undefined);
  const handwritten = handColumns.map((i) => cells[i]).find((c) => c?.handwriting);
  if (handwritten) evidence.push(evidenceAt(doc, handwritten, '（手写签名）'));
  const pictured = present.find((c) => c.image);
  if (pictured) evidence.push(evidenceAt(doc, pictured, '（印章或签名图像）'));
  const typed = signCells.filter((c) => c.confidence === undefined).map((c) => signatureMark(c.text)).filter((t) => t !== '');
  const unsure = signCells.some((c) => c.confidence !== undefined && c.confidence < MIN_FACT_CONFIDENCE && signatureMark(c.text) !== '');
  const signed = sealed || handwritten || pictured || typed.length > 0 ? 'yes' : unsure || signCells.length === 0 ? 'unknown' : 'no';
  const out: SignatureRow = { name, signed, evidence };
  if (typed.length > 0) out.signer = typed[0];
  return out;
}

/** The units a preamble names by alias: "甲方：XX公司" → { 甲方: XX公司 }. */
function partyAliases(doc: Doc): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of docLines(doc)) {
    const party = parseParty(line.text);
    if (party && !out.has(party.alias)) out.set(party.alias, party.name);
  }
  return out;
}

interface Block {
  name: string | null;
  alias: string;
  signer: string | null;
  sealMark: string | null;
  slots: number;
  /** The party slot asks for a seal (乙方（盖章）：). */
  seal: boolean;
  ocr: boolean;
  confidence?: number;
  evidence: Evidence[];
}

/** Signature blocks in a stream of lines: each opens at a party slot and collects the unit, signer and seal. */
function blocksOf(doc: Doc, lines: readonly { text: string; at: Located }[], aliases: ReadonlyMap<string, string>): SignatureRow[] {
  const out: SignatureRow[] = [];
  let block: Block | null = null;
  const flush = () => {
    if (!block) return;
    const name = block.name ?? aliases.get(block.alias) ?? null;
    if (name && (block.slots > 0 || block.seal)) {
      const signed = block.ocr ? 'unknown' : block.signer || block.sealMark ? 'yes' : block.slots > 0 ? 'no' : 'unknown';
      const row: SignatureRow = { name, signed, evidence: block.evidence };
      if (block.signer) row.signer = block.signer;
      if (block.confidence !== undefined) row.confidence = block.confidence;
      out.push(row);
    }
    block = null;
  };
  for (const { text, at } of lines) {
    const slot = parseSlotLine(text);
    if (slot?.kind === 'party') {
      flush();
      const unit = cleanUnitName(signatureMark(slot.name) === '' ? '' : slot.name.replace(/[（(](?:盖章|公章|签章)[）)]/gu, ''));
      block = { name: isUnitName(unit) ? unit : null, alias: slot.alias, signer: null, sealMark: null, slots: 0, seal: slot.seal, ocr: at.confidence !== undefined, ...(at.confidence !== undefined ? { confidence: at.confidence } : {}), evidence: [evidenceAt(doc, at, text)] };
      continue;
    }
    if (!block) {
      // A signature or seal slot of its own ("法人代表签字：", "单位公章："), as blank forms have: a row named by its label.
      if (slot?.kind === 'signer' || slot?.kind === 'seal') out.push({ name: slot.label, signed: at.confidence !== undefined ? 'unknown' : slot.mark ? 'yes' : 'no', evidence: [evidenceAt(doc, at, text)] });
      continue;
    }
    const current: Block = block;
    if (slot?.kind === 'signer') {
      current.slots++;
      if (slot.mark) current.signer = slot.mark;
      current.evidence.push(evidenceAt(doc, at, text));
    } else if (slot?.kind === 'seal') {
      current.slots++;
      if (slot.mark) current.sealMark = slot.mark;
    } else if (!slot && current.name === null && isUnitName(cleanUnitName(text.trim()))) {
      current.name = cleanUnitName(text.trim());
      current.evidence.push(evidenceAt(doc, at, text));
    } else if (!slot && text.trim() !== '' && current.name !== null && current.slots > 0) flush();
  }
  flush();
  return out;
}
