import mammoth from 'mammoth';
import type { Block, Cell, Row } from '../../src/model/document.js';
import { DEFAULT_LIMITS, type Limits } from '../../src/model/limits.js';
import { normalizeText } from '../../src/text/normalize.js';
import { parseCheckboxes, hasCheckbox } from '../../src/text/checkboxes.js';
import type { FormatResult } from './format-result.js';
import { budgetedDocxFile } from './docx-parts.js';

/** Element of mammoth's internal document tree, as passed to `transformDocument`. */
interface MammothElement {
  type: string;
  children?: MammothElement[];
  value?: string;
  checked?: boolean;
  styleName?: string | null;
  styleId?: string | null;
  numbering?: { level?: string; isOrdered?: boolean } | null;
  colSpan?: number;
  rowSpan?: number;
  breakType?: string;
}

const HEADING_STYLE = /^(?:heading|标题)\s*(\d)$/iu;

/**
 * Reads a DOCX file into blocks: headings, paragraphs, list items and tables with merged cells kept
 * once. Every part mammoth parses is read through budgetedDocxFile: throws LimitExceededError
 * (docxPartBytes, xmlElements, zipEntries) naming the limit, ZipFormatError or ZipEntryError for a
 * damaged or encrypted package.
 */
export async function readDocx(bytes: Buffer, limits: Limits = DEFAULT_LIMITS): Promise<FormatResult> {
  let root: MammothElement | null = null;
  const file = budgetedDocxFile(bytes, limits);
  const result = await mammoth.convertToHtml(
    { file } as unknown as Parameters<typeof mammoth.convertToHtml>[0],
    {
      transformDocument: (doc: MammothElement) => {
        root = doc;
        return { ...doc, children: [] };
      },
    } as Parameters<typeof mammoth.convertToHtml>[1],
  );
  if (!root) throw new Error('DOCX has no document body');
  const blocks: Block[] = [];
  for (const child of (root as MammothElement).children ?? []) {
    const block = toBlock(child, `/blocks/${blocks.length}`);
    if (block) blocks.push(block);
  }
  const messages = result.messages.map((m) => `${m.type}: ${m.message}`);
  return { blocks, messages, pages: undefined };
}

function toBlock(el: MammothElement, ref: string): Block | null {
  if (el.type === 'table') return { type: 'table', ref, rows: tableRows(el, ref) };
  if (el.type !== 'paragraph') return null;
  const text = normalizeText(inlineText(el));
  if (!text) return null;
  const heading = headingLevel(el);
  if (heading) return { type: 'heading', ref, level: heading, text };
  if (el.numbering) return { type: 'listItem', ref, level: Number(el.numbering.level ?? 0), text };
  return hasCheckbox(text)
    ? { type: 'paragraph', ref, text, checkboxes: parseCheckboxes(text) }
    : { type: 'paragraph', ref, text };
}

function headingLevel(el: MammothElement): number | null {
  const name = el.styleName ?? el.styleId ?? '';
  if (/^title$/iu.test(name) || name === '标题') return 1;
  const m = HEADING_STYLE.exec(name) ?? /^Heading(\d)$/iu.exec(el.styleId ?? '');
  return m ? Math.min(6, Number(m[1])) : null;
}

function tableRows(table: MammothElement, ref: string): Row[] {
  const rows: Row[] = [];
  for (const [r, row] of (table.children ?? []).filter((c) => c.type === 'tableRow').entries()) {
    const cells: Cell[] = [];
    for (const [c, cell] of (row.children ?? []).filter((x) => x.type === 'tableCell').entries()) {
      const text = (cell.children ?? [])
        .map((p) => (p.type === 'table' ? nestedTableText(p) : normalizeText(inlineText(p))))
        .filter((t) => t.length > 0)
        .join('\n');
      const out: Cell = {
        ref: `${ref}/rows/${r}/cells/${c}`,
        text,
        colSpan: cell.colSpan ?? 1,
        rowSpan: cell.rowSpan ?? 1,
      };
      if (hasCheckbox(text)) out.checkboxes = parseCheckboxes(text);
      cells.push(out);
    }
    rows.push({ cells });
  }
  return rows;
}

/** A table nested in a cell is flattened into tab-separated lines. */
function nestedTableText(table: MammothElement): string {
  return (table.children ?? [])
    .map((row) => (row.children ?? []).map((cell) => normalizeText((cell.children ?? []).map(inlineText).join(' '))).join('\t'))
    .join('\n');
}

/** Text of a paragraph or run; Word checkbox controls become ☑ / ☐ glyphs so that all checkboxes parse one way. */
function inlineText(el: MammothElement): string {
  switch (el.type) {
    case 'text':
      return el.value ?? '';
    case 'tab':
      return '\t';
    case 'break':
      return el.breakType === 'page' ? '' : '\n';
    case 'checkbox':
      return el.checked ? '☑' : '☐';
    default:
      return (el.children ?? []).map(inlineText).join('');
  }
}
