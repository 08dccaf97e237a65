/** Hand-built OCR items and second readings for the tests of the second OCR reading. */
import type { LaidItem, OcrWord } from '../../../extractors/ocr/layout.js';
import type { PpLine } from '../../../extractors/ocr/paddle/pp-ocr.js';
import type { Box } from '../../../extractors/ocr/pixels.js';

export type Line = Extract<LaidItem, { kind: 'line' }>;
export type Row = Extract<LaidItem, { kind: 'row' }>;

/** A first-reading word with one symbol per character at the given confidences. */
export function word(text: string, confidences: number[], box: Box = [0, 0, 20 * [...text].length, 20]): OcrWord {
  const chars = [...text];
  const w = (box[2] - box[0]) / chars.length;
  return {
    text,
    confidence: Math.min(...confidences),
    box,
    symbols: chars.map((c, i) => ({ text: c, confidence: confidences[i], box: [box[0] + i * w, box[1], box[0] + (i + 1) * w, box[3]] as Box })),
  };
}

export function lineItem(text: string, confidences: number[], box: Box = [100, 100, 100 + 20 * [...text].length, 120]): Line {
  return { kind: 'line', box, text, confidence: text === '' ? 1 : Math.min(...confidences), words: text === '' ? [] : [word(text, confidences, box)] };
}

/** A second-reading line with the given character confidences (line confidence: their mean). */
export function ppLine(text: string, confidences: number[], box: Box = [100, 100, 100 + 20 * [...text].length, 120]): PpLine {
  const chars = [...text];
  const w = (box[2] - box[0]) / chars.length;
  return {
    text,
    box,
    confidence: confidences.reduce((s, c) => s + c, 0) / confidences.length,
    chars: chars.map((c, i) => ({ text: c, confidence: confidences[i], box: [box[0] + i * w, box[1], box[0] + (i + 1) * w, box[3]] as Box })),
  };
}
