/**
 * Text measurement, line wrapping and page drawing for the PDF writer.
 * Widths follow the font's /W array: printable ASCII is 0.5 em, everything else 1 em.
 */
import { num, ucs2Hex } from './pdf-file.js';

/** A4 in points with 20 mm margins. */
export const PAGE = { width: 595.28, height: 841.89, margin: 56.69 };
export const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;

/** A page size and its margins, in points. */
export interface PageGeometry {
  width: number;
  height: number;
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** A4 with 20 mm margins on every side (the writer's default page). */
export const DEFAULT_GEOMETRY: PageGeometry = { width: PAGE.width, height: PAGE.height, top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin };

const MM = 72 / 25.4;
/** A4 with GB/T 9704 margins: top 37 mm, bottom 35 mm, left 28 mm, right 26 mm (a 156 × 225 mm text block). */
export const OFFICIAL_GEOMETRY: PageGeometry = { width: PAGE.width, height: PAGE.height, top: 37 * MM, bottom: 35 * MM, left: 28 * MM, right: 26 * MM };

/** Extra horizontal gap (in em) between a number and its unit when numbers are split into their own runs. */
const NUMBER_GAP_EM = 0.3;

/** Where a number is immediately followed by a CJK ideograph (its unit): split between them. */
const NUMBER_UNIT = /(\d[\d.,]*%?)(?=[\u4e00-\u9fff])/g;

export function charWidthEm(ch: string): number {
  const code = ch.charCodeAt(0);
  return code >= 0x20 && code <= 0x7e ? 0.5 : 1;
}

/**
 * Splits a line into the text runs it is written as: one run, or (splitNumbers) a new run after
 * every number that is directly followed by a CJK ideograph.
 */
export function textRuns(line: string, splitNumbers: boolean): string[] {
  if (!splitNumbers) return [line];
  const runs: string[] = [];
  let start = 0;
  for (const match of line.matchAll(NUMBER_UNIT)) {
    const end = (match.index ?? 0) + match[0].length;
    runs.push(line.slice(start, end));
    start = end;
  }
  runs.push(line.slice(start));
  return runs.filter((run) => run !== '');
}

export function measure(text: string, size: number, splitNumbers = false): number {
  let em = 0;
  for (const ch of text) em += charWidthEm(ch);
  const gaps = textRuns(text, splitNumbers).length - 1;
  return (em + gaps * NUMBER_GAP_EM) * size;
}

/**
 * Greedy wrapping by character width. Runs of printable non-space ASCII (words, numbers) are kept
 * together unless a run alone is wider than the line; everything else may break between any
 * two characters. Spaces where a line is broken are dropped.
 */
/** Like wrapText, with the first line `indent` points narrower (a first-line indent). */
export function wrapIndented(text: string, maxWidth: number, indent: number, size: number, splitNumbers = false): string[] {
  if (indent <= 0) return wrapText(text, maxWidth, size, splitNumbers);
  const [first] = wrapText(text, maxWidth - indent, size, splitNumbers);
  const rest = text.slice(first.length).replace(/^ +/u, '');
  return rest === '' ? [first] : [first, ...wrapText(rest, maxWidth, size, splitNumbers)];
}

export function wrapText(text: string, maxWidth: number, size: number, splitNumbers = false): string[] {
  const tokens = text.match(/[\x21-\x7e]+|[\s\S]/gu) ?? [];
  const lines: string[] = [];
  let line = '';
  const push = (): void => {
    lines.push(line.replace(/ +$/, ''));
    line = '';
  };
  for (const token of tokens) {
    if (measure(line + token, size, splitNumbers) <= maxWidth) {
      line += token;
      continue;
    }
    if (line !== '') push();
    if (token === ' ') continue;
    if (measure(token, size, splitNumbers) <= maxWidth) {
      line = token;
      continue;
    }
    for (const ch of token) {
      if (line !== '' && measure(line + ch, size, splitNumbers) > maxWidth) push();
      line += ch;
    }
  }
  if (line !== '' || lines.length === 0) lines.push(line);
  return lines;
}

export interface TextStyle {
  size: number;
  /** Fake bold via text render mode 2 (fill + stroke); the font has no bold face. */
  bold?: boolean;
  splitNumbers?: boolean;
}

/** Content-stream operators per page, plus a cursor (`y`, PDF coordinates) for flowing layout. */
export class PageCanvas {
  readonly pages: string[][] = [[]];
  y: number;
  readonly bottom: number;

  constructor(readonly geometry: PageGeometry = DEFAULT_GEOMETRY) {
    this.y = geometry.height - geometry.top;
    this.bottom = geometry.bottom;
  }

  get pageIndex(): number {
    return this.pages.length - 1;
  }

  /** True while nothing has been placed on the current page (the cursor is still at its top). */
  get atPageTop(): boolean {
    return this.y >= this.geometry.height - this.geometry.top;
  }

  get remaining(): number {
    return this.y - this.bottom;
  }

  newPage(): void {
    this.pages.push([]);
    this.y = this.geometry.height - this.geometry.top;
  }

  /** Starts a new page unless `height` still fits below the cursor (or nothing is on the page yet). */
  ensure(height: number): void {
    if (height > this.remaining && !this.atPageTop) this.newPage();
  }

  /** Writes one line at baseline (x, y) on `page`, as one text object per run. */
  text(page: number, x: number, y: number, line: string, style: TextStyle): void {
    const ops = this.pages[page];
    let cx = x;
    for (const run of textRuns(line, style.splitNumbers ?? false)) {
      const textObject = `BT /F1 ${num(style.size)} Tf ${num(cx)} ${num(y)} Td ${ucs2Hex(run)} Tj ET`;
      // Render mode and line width are graphics state: q/Q keeps them from leaking into later text.
      ops.push(style.bold ? `q ${num(style.size / 30)} w 2 Tr ${textObject} Q` : textObject);
      cx += measure(run, style.size) + NUMBER_GAP_EM * style.size;
    }
  }

  /** Stroked rectangle with its top-left corner at (x, top). */
  rect(page: number, x: number, top: number, width: number, height: number): void {
    this.pages[page].push(`0.5 w ${num(x)} ${num(top - height)} ${num(width)} ${num(height)} re S`);
  }
}
