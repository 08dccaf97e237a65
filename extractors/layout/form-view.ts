import type { Checkbox, Doc } from '../../src/model/document.js';
import { matchLabel, normalizeLabel, splitLabelValues } from '../../src/text/labels.js';
import { hasAnswer } from '../../src/text/answers.js';
import { parseOutlineHeading } from '../../src/text/articles.js';
import { docLines, type Line } from '../../src/model/doc-view.js';
import { listTables } from './list-tables.js';
import { listValues, type ListValue } from './list-values.js';

/** Where a value stands: ref, page, and for OCR its page-image region and confidence. */
export interface Loc {
  ref: string;
  page?: number;
  bbox?: [number, number, number, number];
  confidence?: number;
}

/** The location of a line or cell, keeping OCR provenance. */
function loc(x: Loc): Loc {
  const out: Loc = { ref: x.ref };
  if (x.page !== undefined) out.page = x.page;
  if (x.bbox) out.bbox = x.bbox;
  if (x.confidence !== undefined) out.confidence = x.confidence;
  return out;
}

/** Longest text (normalised, in characters) that can be a form label. */
const MAX_LABEL_CHARS = 40;

/** A label found in a form and the value written next to it. */
export interface FieldHit {
  label: string;
  value: string;
  /** Where the value stands (the value cell, or the label's own line when the value shares it). */
  at: Loc;
  /** Label and value as quoted evidence. */
  quote: string;
  checkboxes?: Checkbox[];
  /** 0–1 label match score. */
  score: number;
}

interface Candidate {
  label: string;
  value: string;
  at: Loc;
  checkboxes?: Checkbox[];
  order: number;
  lineIndex: number;
}

const viewCache = new WeakMap<Doc, FormView>();

/** The form view of a Doc, built once per Doc (record readers and the labelled-values reader share it). */
export function formView(doc: Doc): FormView {
  let view = viewCache.get(doc);
  if (!view) viewCache.set(doc, (view = new FormView(doc)));
  return view;
}

/**
 * A form read as label → value pairs: a table cell and the cell to its right, a cell or line
 * "label：value", or a full-width label row and the line below it.
 */
export class FormView {
  private readonly lines: Line[];
  private readonly candidates: Candidate[] = [];

  /** Rows of tables that name their columns: their label → value pairs by column role (see listValues), header rows none. */
  private readonly listed = new Map<string, ListValue[]>();

  constructor(readonly doc: Doc) {
    this.lines = docLines(doc);
    // Header rows of data and self-evaluation tables hold column names, no label → value pair.
    for (const table of listTables(doc)) if (table.columns.some((c) => c.role === 'value' || c.role === 'label')) for (const ref of table.headerRefs) this.listed.set(ref, []);
    for (const v of listValues(doc)) this.listed.set(v.rowRef, [...(this.listed.get(v.rowRef) ?? []), v]);
    this.lines.forEach((line, i) => this.collect(line, i));
  }

  /** The best-matching label's value; with `nonEmpty`, labels with blank values are skipped when a filled one exists. */
  find(aliases: readonly string[], options: { threshold?: number; nonEmpty?: boolean } = {}): FieldHit | null {
    let best: { c: Candidate; score: number } | null = null;
    for (const c of this.candidates) {
      const m = matchLabel(c.label, aliases, options.threshold ?? 0.8);
      if (!m) continue;
      const better =
        !best ||
        (options.nonEmpty && !hasAnswer(best.c.value) && hasAnswer(c.value)) ||
        (m.score > best.score && (!options.nonEmpty || hasAnswer(c.value) || !hasAnswer(best.c.value)));
      if (better) best = { c, score: m.score };
    }
    if (!best) return null;
    const { c, score } = best;
    const hit: FieldHit = { label: c.label, value: c.value, at: c.at, quote: `${c.label}：${c.value}`.slice(0, 200), score };
    if (c.checkboxes) hit.checkboxes = c.checkboxes;
    return hit;
  }

  /** Every label with a filled value, in reading order (the form as a whole, for rubric metrics). */
  pairs(): FieldHit[] {
    return this.candidates
      .filter((c) => hasAnswer(c.value) && normalizeLabel(c.label).length >= 2)
      .map((c) => ({ label: c.label, value: c.value, at: c.at, quote: `${c.label}：${c.value}`.slice(0, 200), score: c.at.confidence ?? 1 }));
  }

  /**
   * The text under a section label, up to the next section heading or form label row: for long
   * answers ("二、技术创新目标（限500字）" followed by the text).
   */
  textAfter(aliases: readonly string[], threshold = 0.8): FieldHit | null {
    for (let i = 0; i < this.lines.length; i++) {
      const line = this.lines[i];
      const label = line.cells && line.cells.length === 1 ? line.cells[0].text : line.kind === 'row' ? null : line.text;
      if (!label || normalizeLabel(label).length > MAX_LABEL_CHARS) continue;
      const m = matchLabel(label, aliases, threshold);
      if (!m) continue;
      const parts: string[] = [];
      let at: Loc = loc(line);
      for (let j = i + 1; j < this.lines.length; j++) {
        const next = this.lines[j];
        if (parseOutlineHeading(next.text)?.level === 1 || next.kind === 'heading') break;
        if (next.kind === 'row' && (next.cells?.length ?? 0) > 1) break;
        if (parts.length === 0) at = loc(next);
        else if (next.confidence !== undefined) at.confidence = Math.min(at.confidence ?? 1, next.confidence);
        parts.push(next.text);
      }
      const value = parts.join('\n');
      return { label, value, at, quote: value.slice(0, 200), score: m.score };
    }
    return null;
  }

  private collect(line: Line, index: number): void {
    const push = (label: string, value: string, at: Loc, checkboxes?: Checkbox[]) => {
      if (!label || normalizeLabel(label).length > MAX_LABEL_CHARS) return;
      const c: Candidate = { label, value: value.trim(), at, order: this.candidates.length, lineIndex: index };
      if (checkboxes?.length) c.checkboxes = checkboxes;
      this.candidates.push(c);
    };
    const listed = line.kind === 'row' ? this.listed.get(line.ref) : undefined;
    if (listed) {
      for (const v of listed) push(v.label, v.value, loc({ ...v.cell, page: v.cell.page ?? v.page }));
      return;
    }
    if (line.cells) {
      const cells = line.cells;
      cells.forEach((cell, i) => {
        const at = loc(cell);
        for (const split of splitLabelValues(cell.text)) push(split.label, split.value, at, cell.checkboxes);
        const next = cells[i + 1];
        if (next) push(cell.text, next.text, loc(next), next.checkboxes);
        else if (cells.length === 1) this.pushNextLine(cell.text, index, push);
      });
      return;
    }
    const splits = splitLabelValues(line.text);
    for (const split of splits) push(split.label, split.value, loc(line));
    if (splits.length === 0) this.pushNextLine(line.text, index, push);
  }

  private pushNextLine(label: string, index: number, push: (l: string, v: string, at: Loc, cb?: Checkbox[]) => void): void {
    const next = this.lines[index + 1];
    if (!next || (next.cells && next.cells.length > 1)) return;
    const cell = next.cells?.[0];
    push(label, next.text, loc(cell ?? next), cell?.checkboxes);
  }
}

