/**
 * Merging a second OCR reading into a laid-out cell or line, per character aligned by edit
 * distance: where the readings agree the text stands with the higher of the two confidences;
 * where they disagree the text is the second reading's, the item keeps both readings, and each
 * differing character takes the lower confidence, except where the first reading was itself below
 * the threshold (a weak first reading is what the second one replaces) — but a letter or digit the
 * second reading leaves out, however weakly the first read it, puts its neighbours in doubt. A cell the first reading
 * left empty takes the second reading as it is. A part of a line (a span of its words) can be
 * merged on its own; the line's text is then laid out again from its words.
 */
import type { Reading } from '../../src/model/document.js';
import { MIN_FACT_CONFIDENCE } from '../../src/model/fact.js';
import { alignChars } from '../../src/text/align.js';
import { cellOf, type LaidCell, type LaidItem, type OcrWord } from './layout.js';
import type { PpLine } from './paddle/pp-ocr.js';

/** An item of the page that can be read again: a cell, or a line outside tables. */
export type Readable = LaidCell | Extract<LaidItem, { kind: 'line' }>;

/** Characters of a text compared across engines: NFKC, no whitespace. */
function compact(text: string): string[] {
  return [...text.normalize('NFKC').replace(/\s+/gu, '')];
}

/** The first reading's characters with their confidences (a word's symbols, else its characters at the word's confidence). */
function firstChars(words: readonly OcrWord[]): { text: string; confidence: number }[] {
  return words.flatMap((w) => {
    const symbols = w.symbols.length > 0 ? w.symbols : [...w.text].map((text) => ({ text, confidence: w.confidence }));
    return symbols.flatMap((s) => compact(s.text).map((text) => ({ text, confidence: s.confidence })));
  });
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

/** The words that replace `first` (agreement: the same words, surer; disagreement: the second reading's characters) and whether the readings agreed. */
function mergedWords(first: readonly OcrWord[], lines: readonly PpLine[], secondConfidence: number, part: boolean): { words: OcrWord[]; agree: boolean } {
  const a1 = firstChars(first);
  const a = a1.map((c) => c.text);
  let chars = lines.flatMap((l) => l.chars).flatMap((c) => compact(c.text).map((text) => ({ ...c, text })));
  if (part && a.length > 0) chars = withinPart(a, chars);
  const b = chars.map((c) => c.text);
  if (a.join('') === b.join('')) return { words: first.map((w) => ({ ...w, confidence: Math.max(w.confidence, secondConfidence) })), agree: true };
  const confidence = chars.map((c) => c.confidence);
  if (a.length > 0) {
    const weak = (i: number) => a1[i].confidence < MIN_FACT_CONFIDENCE;
    let lastA = -1;
    let lastB = -1;
    for (const [i, j] of alignChars(a, b)) {
      if (i !== null && j !== null) {
        confidence[j] = a[i] === b[j] ? Math.max(confidence[j], a1[i].confidence) : weak(i) ? confidence[j] : Math.min(confidence[j], a1[i].confidence);
        lastA = i;
        lastB = j;
      } else if (j !== null) {
        // A character only the second reading has: no surer than the first reading's neighbour, which saw nothing there.
        const near = Math.max(0, Math.min(a1.length - 1, lastA));
        if (!weak(near)) confidence[j] = Math.min(confidence[j], a1[near].confidence);
        lastB = j;
      } else if (i !== null && (!weak(i) || /[\p{L}\p{N}]/u.test(a[i]))) {
        // A character only the first reading has (a letter or digit, however weakly read, or anything read surely): its neighbours in the second reading are in doubt.
        for (const k of [lastB, lastB + 1]) if (k >= 0 && k < confidence.length) confidence[k] = Math.min(confidence[k], a1[i].confidence);
      }
    }
  }
  return { words: chars.map((c, k) => ({ text: c.text, confidence: confidence[k], box: c.box, symbols: [] })), agree: false };
}

/**
 * Of a part of a line read again, the characters the second reading has before the part's first
 * character or after its last are the edges of the neighbours the cut went through: left out.
 */
function withinPart<T extends { text: string }>(a: readonly string[], chars: T[]): T[] {
  const steps = alignChars(a, chars.map((c) => c.text));
  const matched = steps.filter(([i, j]) => i !== null && j !== null).map(([, j]) => j as number);
  if (matched.length === 0) return chars;
  return chars.slice(Math.min(...matched), Math.max(...matched) + 1);
}

/**
 * Merges the second reading `lines` into `item`, or into its words `span` ([start, end) indexes
 * of `item.words`) when only that part was read again (see the module comment).
 */
export function mergeInto(item: Readable, lines: readonly PpLine[], span?: [number, number]): void {
  const [start, end] = span ?? [0, item.words.length];
  const chars = lines.reduce((n, l) => n + l.chars.length, 0);
  const secondConfidence = round2(lines.reduce((s, l) => s + l.confidence * l.chars.length, 0) / Math.max(1, chars));
  const before = { text: item.text, confidence: item.confidence };
  const { words, agree } = mergedWords(item.words.slice(start, end), lines, secondConfidence, span !== undefined);
  item.words = [...item.words.slice(0, start), ...words, ...item.words.slice(end)];
  const laid = cellOf(item.words, item.box);
  item.text = laid.text;
  item.confidence = laid.confidence;
  const ppReading = item.readings?.find((r) => r.engine === 'pp-ocr');
  if (agree && !ppReading) return;
  // The first reading as it was before any part was merged, and the second reading as the item now reads.
  const first: Reading = item.readings?.find((r) => r.engine === 'tesseract') ?? { engine: 'tesseract', text: before.text, confidence: before.confidence };
  const second: Reading = { engine: 'pp-ocr', text: item.text, confidence: Math.min(ppReading?.confidence ?? 1, secondConfidence) };
  if (first.text !== '' && item.text !== '') item.readings = [second, first];
}
