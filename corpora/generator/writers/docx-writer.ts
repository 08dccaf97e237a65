/**
 * Writes a DocSpec as a minimal but valid OOXML (.docx) package with jszip.
 *
 * Parts: [Content_Types].xml, _rels/.rels, word/document.xml, word/styles.xml,
 * word/_rels/document.xml.rels. No fonts, images or system binaries.
 *
 * What mammoth 1.13 makes of the output (pinned by test/corpora/generator/docx-writer.test.ts):
 * - Headings use the styles named "heading 1".."heading 3" → <h1>..<h3>. The title uses the
 *   "Title" style, which mammoth's default style map does not know: it becomes a <p> plus a
 *   "Unrecognised paragraph style" warning.
 * - Tables: w:gridSpan → colSpan, w:vMerge restart/continue → rowSpan. The continue cells are
 *   written in the covered rows (as Word does) and mammoth drops them again.
 * - checkboxStyle 'control' writes a Word 2010 checkbox content control (w:sdt with
 *   w14:checkbox); mammoth turns it into a document element `{ type: 'checkbox', checked }`
 *   and into `<input type="checkbox" />` / `<input checked="checked" type="checkbox" />` in HTML.
 */
import JSZip from 'jszip';
import { LINE_BREAK } from '../spec.js';
import type { DocSpec, SpecBlock, WriteOptions } from '../spec.js';
import { layoutTable, splitCheckboxes } from './table-grid.js';
import type { TableGrid } from './table-grid.js';

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const W14_NS = 'http://schemas.microsoft.com/office/word/2010/wordml';
const MC_NS = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** A4 in twentieths of a point, with 2.5 cm / 2 cm margins. */
const PAGE = { width: 11906, height: 16838, marginX: 1134, marginY: 1417 };
const TEXT_WIDTH = PAGE.width - 2 * PAGE.marginX;

const DEFAULT_GLYPHS: [string, string] = ['☑', '□'];

export async function writeDocx(spec: DocSpec, options: WriteOptions = {}): Promise<Buffer> {
  const zip = new JSZip();
  // A fixed entry date keeps regenerated files byte-identical.
  const FIXED = { date: new Date(Date.UTC(2020, 0, 1)), createFolders: false };
  zip.file('[Content_Types].xml', contentTypesXml(), FIXED);
  zip.file('_rels/.rels', rootRelsXml(), FIXED);
  zip.file('word/document.xml', documentXml(spec, options), FIXED);
  zip.file('word/styles.xml', stylesXml(), FIXED);
  zip.file('word/_rels/document.xml.rels', documentRelsXml(), FIXED);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

function documentXml(spec: DocSpec, options: WriteOptions): string {
  const body: string[] = [];
  if (spec.title !== undefined) body.push(paragraph(spec.title, options, { style: 'Title', align: 'center' }));
  for (const block of spec.blocks) body.push(blockXml(block, options));
  body.push(
    `<w:sectPr><w:pgSz w:w="${PAGE.width}" w:h="${PAGE.height}"/>` +
      `<w:pgMar w:top="${PAGE.marginY}" w:right="${PAGE.marginX}" w:bottom="${PAGE.marginY}" w:left="${PAGE.marginX}" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>`,
  );
  return (
    XML_DECL +
    `<w:document xmlns:w="${W_NS}" xmlns:r="${R_NS}" xmlns:w14="${W14_NS}" xmlns:mc="${MC_NS}" mc:Ignorable="w14">` +
    `<w:body>${body.join('')}</w:body></w:document>`
  );
}

function blockXml(block: SpecBlock, options: WriteOptions): string {
  switch (block.kind) {
    case 'heading':
      return paragraph(block.text, options, { style: `Heading${block.level}` });
    case 'paragraph':
      return paragraph(block.text, options, { align: block.align });
    case 'table':
      return tableXml(layoutTable(block.rows, block.columns), options, block.widths, block.borders ?? true);
    case 'pageBreak':
      return '<w:p><w:r><w:br w:type="page"/></w:r></w:p>';
    case 'scannedPage':
      return '';
  }
}

interface ParagraphProps {
  style?: string;
  align?: 'left' | 'center' | 'right';
}

function paragraph(text: string, options: WriteOptions, props: ParagraphProps = {}): string {
  const pPr: string[] = [];
  if (props.style) pPr.push(`<w:pStyle w:val="${props.style}"/>`);
  if (props.align) pPr.push(`<w:jc w:val="${props.align}"/>`);
  const pPrXml = pPr.length > 0 ? `<w:pPr>${pPr.join('')}</w:pPr>` : '';
  return `<w:p>${pPrXml}${inlineXml(text, options)}</w:p>`;
}

/** Runs for one paragraph's text, with checkbox markers written as glyphs or content controls. */
function inlineXml(text: string, options: WriteOptions): string {
  const glyphs = options.checkboxGlyphs ?? DEFAULT_GLYPHS;
  return splitCheckboxes(text)
    .map((part) => {
      if (part.kind === 'text') return textRun(part.text);
      if (options.checkboxStyle === 'control') return checkboxControl(part.checked);
      return textRun(part.checked ? glyphs[0] : glyphs[1]);
    })
    .join('');
}

/** One run; LINE_BREAK characters become w:br inside it. */
function textRun(text: string, rPr = ''): string {
  if (text === '') return '';
  const content = text
    .split(LINE_BREAK)
    .map((piece) => (piece === '' ? '' : `<w:t xml:space="preserve">${escapeXml(piece)}</w:t>`))
    .join('<w:br/>');
  return `<w:r>${rPr}${content}</w:r>`;
}

/**
 * A Word 2010 checkbox content control as Word writes it: the state in w14:checkbox, and the
 * displayed glyph (☒ U+2612 / ☐ U+2610 in MS Gothic) as the single run of the control's content.
 */
function checkboxControl(checked: boolean): string {
  const font = 'MS Gothic';
  const sdtPr =
    '<w:sdtPr><w14:checkbox>' +
    `<w14:checked w14:val="${checked ? 1 : 0}"/>` +
    `<w14:checkedState w14:val="2612" w14:font="${font}"/>` +
    `<w14:uncheckedState w14:val="2610" w14:font="${font}"/>` +
    '</w14:checkbox></w:sdtPr>';
  const rPr = `<w:rPr><w:rFonts w:ascii="${font}" w:eastAsia="${font}" w:hAnsi="${font}" w:hint="eastAsia"/></w:rPr>`;
  return `<w:sdt>${sdtPr}<w:sdtContent>${textRun(checked ? '☒' : '☐', rPr)}</w:sdtContent></w:sdt>`;
}

const BORDER = (side: string): string => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`;
const NO_BORDER = (side: string): string => `<w:${side} w:val="nil"/>`;
const CELL_BORDERS = `<w:tcBorders>${['top', 'left', 'bottom', 'right'].map(BORDER).join('')}</w:tcBorders>`;
const NO_CELL_BORDERS = `<w:tcBorders>${['top', 'left', 'bottom', 'right'].map(NO_BORDER).join('')}</w:tcBorders>`;

/** Grid column widths in twips: equal by default, else proportional to `weights`. */
function columnWidths(columns: number, weights?: number[]): number[] {
  if (!weights) return new Array<number>(columns).fill(Math.floor(TEXT_WIDTH / columns));
  if (weights.length !== columns) throw new Error(`Expected ${columns} column widths, got ${weights.length}`);
  const total = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => Math.floor((TEXT_WIDTH * w) / total));
}

/**
 * A w:tbl on a grid of `grid.columns` equal columns. For every row the grid slots are walked left
 * to right: a cell starting in this row is written with its gridSpan (and vMerge restart when it
 * spans rows); a slot covered from above gets a vMerge continue cell with the same gridSpan; empty
 * trailing slots are declared with w:gridAfter.
 */
function tableXml(grid: TableGrid, options: WriteOptions, weights: number[] | undefined, borders: boolean): string {
  const widths = columnWidths(grid.columns, weights);
  const span = (from: number, count: number): number => widths.slice(from, from + count).reduce((a, b) => a + b, 0);
  const cellBorders = borders ? CELL_BORDERS : NO_CELL_BORDERS;
  const tblPr =
    '<w:tblPr><w:tblW w:w="5000" w:type="pct"/>' +
    `<w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(borders ? BORDER : NO_BORDER).join('')}</w:tblBorders>` +
    '<w:tblLayout w:type="fixed"/><w:tblLook w:val="04A0"/></w:tblPr>';
  const tblGrid = `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`;

  const rows: string[] = [];
  for (let r = 0; r < grid.rows; r++) {
    const cells: string[] = [];
    let c = 0;
    let lastFilled = 0;
    while (c < grid.columns) {
      const cell = grid.owner[r][c];
      if (!cell) {
        c++;
        continue;
      }
      // A gap before this cell (a short row next to a rowSpan from above) becomes an empty cell.
      if (c > lastFilled) cells.push(emptyCell(c - lastFilled, span(lastFilled, c - lastFilled), cellBorders));
      const tcPr: string[] = [`<w:tcW w:w="${span(c, cell.colSpan)}" w:type="dxa"/>`];
      if (cell.colSpan > 1) tcPr.push(`<w:gridSpan w:val="${cell.colSpan}"/>`);
      if (cell.rowSpan > 1) tcPr.push(cell.row === r ? '<w:vMerge w:val="restart"/>' : '<w:vMerge/>');
      tcPr.push(cellBorders);
      const content =
        cell.row === r ? cell.text.split('\n').map((line) => paragraph(line, options)).join('') : '<w:p/>';
      cells.push(`<w:tc><w:tcPr>${tcPr.join('')}</w:tcPr>${content}</w:tc>`);
      c += cell.colSpan;
      lastFilled = c;
    }
    const gridAfter = grid.columns - lastFilled;
    const trPr = gridAfter > 0 ? `<w:trPr><w:gridAfter w:val="${gridAfter}"/></w:trPr>` : '';
    rows.push(`<w:tr>${trPr}${cells.join('')}</w:tr>`);
  }
  // A paragraph after the table keeps two adjacent tables from merging into one.
  return `<w:tbl>${tblPr}${tblGrid}${rows.join('')}</w:tbl><w:p/>`;
}

function emptyCell(span: number, width: number, borders: string): string {
  const gridSpan = span > 1 ? `<w:gridSpan w:val="${span}"/>` : '';
  return `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${gridSpan}${borders}</w:tcPr><w:p/></w:tc>`;
}

function contentTypesXml(): string {
  return (
    XML_DECL +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
    '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>' +
    '</Types>'
  );
}

function rootRelsXml(): string {
  return (
    XML_DECL +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
    '</Relationships>'
  );
}

function documentRelsXml(): string {
  return (
    XML_DECL +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' +
    '</Relationships>'
  );
}

/** Paragraph style with an optional outline level, size in half-points. */
function paragraphStyle(id: string, name: string, sizeHalfPt: number, outline?: number, center = false): string {
  const pPr =
    '<w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/>' +
    (center ? '<w:jc w:val="center"/>' : '') +
    (outline !== undefined ? `<w:outlineLvl w:val="${outline}"/>` : '') +
    '</w:pPr>';
  return (
    `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/>` +
    '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>' +
    `${pPr}<w:rPr><w:b/><w:sz w:val="${sizeHalfPt}"/><w:szCs w:val="${sizeHalfPt}"/></w:rPr></w:style>`
  );
}

function stylesXml(): string {
  const fonts = '<w:rFonts w:ascii="Times New Roman" w:eastAsia="SimSun" w:hAnsi="Times New Roman" w:cs="Times New Roman"/>';
  return (
    XML_DECL +
    `<w:styles xmlns:w="${W_NS}">` +
    `<w:docDefaults><w:rPrDefault><w:rPr>${fonts}<w:sz w:val="21"/><w:szCs w:val="21"/>` +
    '<w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault>' +
    '<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="360" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>' +
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>' +
    '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>' +
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:semiHidden/>' +
    '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>' +
    '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>' +
    paragraphStyle('Title', 'Title', 44, undefined, true) +
    paragraphStyle('Heading1', 'heading 1', 32, 0) +
    paragraphStyle('Heading2', 'heading 2', 28, 1) +
    paragraphStyle('Heading3', 'heading 3', 24, 2) +
    '</w:styles>'
  );
}
