/**
 * A layout-level description of a document that the sample generator writes as DOCX or PDF.
 * Writers turn the same spec into either format so that a submission's content and its
 * expected facts are defined once.
 */

/** Inline checkbox marker inside cell or paragraph text: `{{cb:1}}` checked, `{{cb:0}}` unchecked. */
export const CHECKBOX_MARKER = /\{\{cb:([01])\}\}/g;

/**
 * A line break inside one paragraph (U+2028 LINE SEPARATOR): DOCX writes w:br, PDF starts a new line.
 * `\n` instead separates paragraphs.
 */
export const LINE_BREAK = '\u2028';

export interface SpecCell {
  /** Cell text; `\n` separates paragraphs inside the cell, LINE_BREAK breaks a line. May contain checkbox markers. */
  text: string;
  /** Number of grid columns the cell spans (default 1). */
  colSpan?: number;
  /** Number of rows the cell spans (default 1); the covered cells below are omitted from later rows. */
  rowSpan?: number;
}

export type SpecBlock =
  | { kind: 'heading'; text: string; level: 1 | 2 | 3 }
  | { kind: 'paragraph'; text: string; align?: 'left' | 'center' | 'right' }
  | {
      kind: 'table';
      rows: SpecCell[][];
      columns?: number;
      /** Relative widths of the grid columns (default: equal). */
      widths?: number[];
      /** Ruled cells (default true); false writes a borderless layout table. */
      borders?: boolean;
    }
  | { kind: 'pageBreak' }
  /** A page with drawn marks but no text layer: stands in for a scanned page (PDF only; DOCX skips it). */
  | { kind: 'scannedPage' };

export interface DocSpec {
  /** Document title (written as the first, centred heading by the writers when present). */
  title?: string;
  blocks: SpecBlock[];
}

export interface WriteOptions {
  /** DOCX: how checkbox markers are written: glyphs (☑ / □) or Word checkbox content controls. Default 'glyph'. */
  checkboxStyle?: 'glyph' | 'control';
  /** Glyph pair used for checked / unchecked boxes when writing glyphs. Default ['☑', '□'] (PDF: ['■', '□']). */
  checkboxGlyphs?: [string, string];
  /** PDF: write numbers and their units as separate text runs so that extracted text gets a space between them ("12.5 亿元"). */
  splitNumberRuns?: boolean;
  /**
   * PDF page layout. 'default': A4, 20 mm margins, 10.5 pt text. 'official': GB/T 9704-like pages
   * (margins 37/35/28/26 mm, 16 pt body text on a 28.9 pt line pitch with a 2 em first-line
   * indent, 22 pt title, 12 pt table text, page numbers 「— N —」). Default 'default'.
   */
  pdfPage?: 'default' | 'official';
}
