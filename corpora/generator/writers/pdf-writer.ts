/**
 * Writes a DocSpec as a hand-written PDF 1.4 (uncompressed content streams, xref table, trailer)
 * that uses the NON-embedded standard Chinese font STSong-Light (Type0 font, /Encoding
 * /UniGB-UCS2-H, CIDFontType0 descendant, Adobe-GB1-2). Text strings are UCS-2 hex, so only
 * characters that Adobe-GB1 has (GB2312 and more; not ☑ or ☒) come out of a reader.
 *
 * Layout: A4, 20 mm margins, 10.5 pt body text with 1.6 line spacing; the title (18 pt) and
 * headings (16 / 14 / 12 pt, fake bold) are centred. Paragraphs wrap by character width (ASCII
 * 0.5 em, everything else 1 em) and flow onto new pages. Tables use equal grid columns; every
 * cell is a stroked rectangle with its text as its own text run(s), wrapped inside the cell and
 * written cell by cell, row by row (as Word's PDF export does). Rows joined by a rowSpan are
 * kept on one page when they fit (a single row taller than a page is not split and runs past
 * the bottom margin). An explicit page break on a still empty page is ignored.
 *
 * Reading these files back with pdf-parse 2.4.5 (pdfjs-dist 5.4.296), pinned by
 * test/corpora/generator/pdf-writer.test.ts:
 * (a) Chinese text needs pdf.js's predefined CMaps (UniGB-UCS2-H and Adobe-GB1-UCS2):
 *       new PDFParse({ data: new Uint8Array(buf), cMapUrl: '<abs path>/node_modules/pdfjs-dist/cmaps/', cMapPacked: true })
 *     cMapUrl must be a plain file-system path string ending in '/'; an absolute path is safest
 *     (a relative one is resolved against process.cwd()). No CMapReaderFactory is needed: in Node
 *     pdf.js uses its NodeCMapReaderFactory, which does fs.readFile(cMapUrl + name + '.bcmap').
 *     A 'file://…/' string fails ("Unable to load binary CMap at: file:///…") and a URL object is
 *     ignored (pdf.js only accepts strings). pdf-parse has no cmap helper ('pdf-parse/node' only
 *     exports getHeader, an HTTP HEAD check). Resolve the directory from pdf-parse's own location:
 *       dirname(createRequire(require.resolve('pdf-parse')).resolve('pdfjs-dist/package.json')) + '/cmaps/'
 * (b) Without cMapUrl the font fails to load (pdf.js warning "loadFont - translateFont failed:
 *     Ensure that the `cMapUrl` and `cMapPacked` API parameters are provided.", hidden at
 *     pdf-parse's default verbosity): getText() does not throw, but every page's text is ''.
 * (c) getText() with default options puts each baseline on its own line. Table cells on one
 *     baseline are NOT separated by '\t': pdf.js itself emits a " " item whose width spans the gap
 *     between two runs, so pdf-parse's cellSeparator (gap > cellThreshold 7 pt) never fires; a
 *     4-cell row comes out as "名称 类型 金额 备注". A cell with several lines breaks the row up:
 *     [甲 | 第一段\n第二段 | 丙] gives "甲 第一段\n第二段\n丙" (the cells after it start a new line).
 *     getTable() rebuilds tables from the drawn borders instead:
 *     [['名称','类型','金额','备注'], ['联盟A','企业','','无'], ['高校','3.5万元','…']] (a colSpan
 *     leaves '' in the covered slot, a rowSpan-covered slot is missing from the row). Headings
 *     and the title are lines of their own. With splitNumberRuns, the 0.3 em gap between a
 *     number and its unit lies in pdf.js's "space in flow" range and gives "12.5 亿元";
 *     without it the text is "12.5亿元".
 * pdftotext -layout (poppler-utils 22.12 + poppler-data) also reads the Chinese text.
 */
import { LINE_BREAK } from '../spec.js';
import type { DocSpec, SpecBlock, WriteOptions } from '../spec.js';
import { addStSongFont, PdfObjects, utf16Hex } from './pdf-file.js';
import { DEFAULT_GEOMETRY, measure, OFFICIAL_GEOMETRY, PageCanvas, wrapIndented, wrapText } from './pdf-layout.js';
import type { PageGeometry, TextStyle } from './pdf-layout.js';
import { layoutTable, replaceCheckboxes } from './table-grid.js';
import type { PlacedCell, TableGrid } from './table-grid.js';

export { writeEncryptedPdfStub } from './pdf-file.js';

const CELL_PADDING = 4;
const DEFAULT_GLYPHS: [string, string] = ['■', '□'];

/** Sizes (pt) and spacing of one page layout. */
interface PageStyle {
  geometry: PageGeometry;
  bodySize: number;
  /** Line pitch as a multiple of the font size (title, headings and body text). */
  lineFactor: number;
  headingSizes: { title: number; 1: number; 2: number; 3: number };
  /** Where headings (not the title) go: centred, or flush left with the body's first-line indent. */
  headingAlign: 'center' | 'indent';
  /** First-line indent of left-aligned body paragraphs, in em. */
  indentEm: number;
  tableSize: number;
  /** Size of the 「— N —」 page number; 0 for none. */
  pageNumberSize: number;
}

const PAGE_STYLES: Record<'default' | 'official', PageStyle> = {
  default: { geometry: DEFAULT_GEOMETRY, bodySize: 10.5, lineFactor: 1.6, headingSizes: { title: 18, 1: 16, 2: 14, 3: 12 }, headingAlign: 'center', indentEm: 0, tableSize: 10.5, pageNumberSize: 0 },
  // GB/T 9704: 3号 (16 pt) body text, 22 lines of 28 characters on a 225 mm text block (28.9 pt pitch), 4号 page numbers.
  official: { geometry: OFFICIAL_GEOMETRY, bodySize: 16, lineFactor: 28.9 / 16, headingSizes: { title: 22, 1: 16, 2: 16, 3: 16 }, headingAlign: 'indent', indentEm: 2, tableSize: 12, pageNumberSize: 14 },
};

interface Context {
  canvas: PageCanvas;
  page: PageStyle;
  /** Left edge and width of the text block. */
  left: number;
  width: number;
  glyphs: [string, string];
  splitNumbers: boolean;
}

export function writePdf(spec: DocSpec, options: WriteOptions = {}): Buffer {
  const page = PAGE_STYLES[options.pdfPage ?? 'default'];
  const ctx: Context = {
    canvas: new PageCanvas(page.geometry),
    page,
    left: page.geometry.left,
    width: page.geometry.width - (page.geometry.left + page.geometry.right),
    glyphs: options.checkboxGlyphs ?? DEFAULT_GLYPHS,
    splitNumbers: options.splitNumberRuns ?? false,
  };
  if (spec.title !== undefined) writeLines(ctx, spec.title, 'center', { size: page.headingSizes.title, bold: true }, true);
  for (const block of spec.blocks) writeBlock(ctx, block);
  if (page.pageNumberSize > 0) writePageNumbers(ctx);
  return assemble(ctx.canvas.pages, page.geometry, spec.title);
}

/** 「— N —」 centred 7 mm below the text block of every page. */
function writePageNumbers(ctx: Context): void {
  const { geometry, pageNumberSize: size } = ctx.page;
  ctx.canvas.pages.forEach((_, i) => {
    const label = `— ${i + 1} —`;
    const x = ctx.left + (ctx.width - measure(label, size)) / 2;
    ctx.canvas.text(i, x, geometry.bottom - (7 * 72) / 25.4 - size, label, { size });
  });
}

function writeBlock(ctx: Context, block: SpecBlock): void {
  switch (block.kind) {
    case 'heading':
      writeLines(ctx, block.text, ctx.page.headingAlign === 'center' ? 'center' : 'left', { size: ctx.page.headingSizes[block.level], bold: true }, true);
      return;
    case 'paragraph':
      writeLines(ctx, block.text, block.align ?? 'left', { size: ctx.page.bodySize }, false);
      return;
    case 'table':
      writeTable(ctx, layoutTable(block.rows, block.columns), block.widths, block.borders ?? true);
      return;
    case 'pageBreak':
      if (!ctx.canvas.atPageTop) ctx.canvas.newPage();
      return;
    case 'scannedPage':
      writeScannedPage(ctx);
      return;
  }
}

/**
 * A paragraph or heading: wrapped lines flowing down the page, with some space before headings.
 * Left-aligned lines get the page style's first-line indent (a LINE_BREAK line continues its paragraph).
 */
function writeLines(ctx: Context, text: string, align: 'left' | 'center' | 'right', base: TextStyle, heading: boolean): void {
  const { canvas } = ctx;
  const style: TextStyle = { ...base, splitNumbers: ctx.splitNumbers };
  const leading = style.size * ctx.page.lineFactor;
  const indent = align === 'left' ? ctx.page.indentEm * style.size : 0;
  if (heading && !canvas.atPageTop) canvas.y -= style.size * 0.6;
  const lines = text.split('\n').flatMap((part) =>
    replaceCheckboxes(part, ctx.glyphs)
      .split(LINE_BREAK)
      .flatMap((piece, i) => wrapIndented(piece, ctx.width, i === 0 ? indent : 0, style.size, ctx.splitNumbers).map((line, j) => ({ line, indent: i === 0 && j === 0 ? indent : 0 }))),
  );
  for (const { line, indent: lineIndent } of lines) {
    canvas.ensure(leading);
    const width = measure(line, style.size, ctx.splitNumbers);
    const x = align === 'center' ? ctx.left + (ctx.width - width) / 2 : align === 'right' ? ctx.left + ctx.width - width : ctx.left + lineIndent;
    // Baseline: one font size below the top of the line box.
    if (line !== '') canvas.text(canvas.pageIndex, x, canvas.y - style.size, line, style);
    canvas.y -= leading;
  }
  canvas.y -= heading ? style.size * 0.4 : ctx.page.bodySize * 0.4;
}

function writeTable(ctx: Context, grid: TableGrid, weights: number[] | undefined, borders: boolean): void {
  const { canvas } = ctx;
  const size = ctx.page.tableSize;
  const leading = size * 1.5;
  const style: TextStyle = { size, splitNumbers: ctx.splitNumbers };
  // Column edges: equal columns unless relative widths are given.
  if (weights && weights.length !== grid.columns) throw new Error(`Expected ${grid.columns} column widths, got ${weights.length}`);
  const total = weights?.reduce((a, b) => a + b, 0) ?? grid.columns;
  const colWidth = ctx.width / grid.columns;
  const edge = (col: number): number => (weights ? ctx.left + (ctx.width * weights.slice(0, col).reduce((a, b) => a + b, 0)) / total : ctx.left + col * colWidth);
  const spanWidth = (cell: PlacedCell): number => (weights ? edge(cell.col + cell.colSpan) - edge(cell.col) : colWidth * cell.colSpan);

  // Lines of every cell, wrapped to the cell's inner width.
  const cellLines = new Map<PlacedCell, string[]>();
  for (const cell of grid.cells) {
    const inner = spanWidth(cell) - 2 * CELL_PADDING;
    const paragraphs = replaceCheckboxes(cell.text, ctx.glyphs).split(/\n|\u2028/u);
    cellLines.set(cell, paragraphs.flatMap((p) => wrapText(p, inner, size, ctx.splitNumbers)));
  }
  const needed = (cell: PlacedCell): number => (cellLines.get(cell)?.length ?? 1) * leading + 2 * CELL_PADDING;

  // Row heights: single-row cells first, then rowSpan cells grow their last row if needed.
  const heights = new Array<number>(grid.rows).fill(leading + 2 * CELL_PADDING);
  for (const cell of grid.cells) if (cell.rowSpan === 1) heights[cell.row] = Math.max(heights[cell.row], needed(cell));
  for (const cell of [...grid.cells].sort((a, b) => a.rowSpan - b.rowSpan)) {
    if (cell.rowSpan === 1) continue;
    const last = cell.row + cell.rowSpan - 1;
    const sum = heights.slice(cell.row, last + 1).reduce((a, b) => a + b, 0);
    if (needed(cell) > sum) heights[last] += needed(cell) - sum;
  }

  // Place rows: rows tied together by a rowSpan form a group kept on one page if it fits a page.
  const placed: { page: number; top: number }[] = [];
  let r = 0;
  while (r < grid.rows) {
    let end = r;
    for (let k = r; k <= end; k++) {
      for (const cell of grid.owner[k]) if (cell) end = Math.max(end, cell.row + cell.rowSpan - 1);
    }
    const groupHeight = heights.slice(r, end + 1).reduce((a, b) => a + b, 0);
    canvas.ensure(Math.min(groupHeight, ctx.page.geometry.height - (ctx.page.geometry.top + ctx.page.geometry.bottom)));
    for (; r <= end; r++) {
      canvas.ensure(heights[r]);
      placed[r] = { page: canvas.pageIndex, top: canvas.y };
      canvas.y -= heights[r];
    }
  }

  // Draw each cell: one rectangle per page it lies on; its lines fill those pieces top-down.
  for (const cell of grid.cells) {
    const x = edge(cell.col);
    const width = spanWidth(cell);
    const pieces: { page: number; top: number; height: number }[] = [];
    for (let k = cell.row; k < cell.row + cell.rowSpan; k++) {
      const piece = pieces[pieces.length - 1];
      if (piece && piece.page === placed[k].page) piece.height += heights[k];
      else pieces.push({ page: placed[k].page, top: placed[k].top, height: heights[k] });
    }
    if (borders) for (const piece of pieces) canvas.rect(piece.page, x, piece.top, width, piece.height);
    let pieceIndex = 0;
    let y = pieces[0].top - CELL_PADDING;
    for (const line of cellLines.get(cell) ?? []) {
      const piece = pieces[pieceIndex];
      if (y - leading < piece.top - piece.height + CELL_PADDING && pieceIndex + 1 < pieces.length) {
        pieceIndex++;
        y = pieces[pieceIndex].top - CELL_PADDING;
      }
      if (line !== '') canvas.text(pieces[pieceIndex].page, x + CELL_PADDING, y - size - (leading - size) / 2, line, style);
      y -= leading;
    }
  }
  canvas.y -= size * 0.6;
}

function assemble(pages: string[][], geometry: PageGeometry, title: string | undefined): Buffer {
  const objects = new PdfObjects();
  const catalog = objects.reserve();
  const pagesNum = objects.reserve();
  const font = addStSongFont(objects);
  const kids = pages.map((ops) => {
    const content = objects.addStream(ops.join('\n'));
    return objects.add(
      `<< /Type /Page /Parent ${pagesNum} 0 R /MediaBox [0 0 ${geometry.width} ${geometry.height}] ` +
        `/Resources << /Font << /F1 ${font} 0 R >> /ProcSet [/PDF /Text] >> /Contents ${content} 0 R >>`,
    );
  });
  objects.set(pagesNum, `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`);
  objects.set(catalog, `<< /Type /Catalog /Pages ${pagesNum} 0 R >>`);
  const info = objects.add(
    `<< ${title !== undefined ? `/Title ${utf16Hex(title)} ` : ''}/Producer (innovation-filings corpus generator) >>`,
  );
  return objects.toBuffer(catalog, `/Info ${info} 0 R`);
}

/** A page of strokes only (a frame and ruled rows, as a scanned signature page looks to a text extractor). */
function writeScannedPage(ctx: Context): void {
  const { canvas } = ctx;
  if (!canvas.atPageTop) canvas.newPage();
  const top = canvas.y;
  canvas.rect(canvas.pageIndex, ctx.left, top, ctx.width, 600);
  for (let i = 1; i < 12; i++) canvas.rect(canvas.pageIndex, ctx.left, top - i * 50, ctx.width, 0.1);
  canvas.y = top - 610;
  canvas.newPage();
}
