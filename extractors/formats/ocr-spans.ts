import { MIN_FACT_CONFIDENCE } from '../../src/model/fact.js';
import { normalizeText } from '../../src/text/normalize.js';
import type { OcrWord } from '../ocr/layout.js';

/** Where the weakly read words of an OCR'd line or cell stand in its text, and how well the rest was read. */
export interface WeakSpans {
  /** [start, end, confidence] of words below MIN_FACT_CONFIDENCE, offsets in the item's normalised text. */
  weak?: [number, number, number][];
  /** Lowest confidence of the content words outside `weak`. */
  sound?: number;
}

/**
 * Locates each weakly read word in the item's text (in reading order), so that a fact read from
 * one part of a line takes the confidence of that part, not of the weakest glyph elsewhere on it.
 */
export function weakSpans(text: string, words: readonly OcrWord[]): WeakSpans {
  const weak: [number, number, number][] = [];
  let sound = 1;
  let cursor = 0;
  for (const w of words) {
    const token = normalizeText(w.text).replace(/\s+/gu, '');
    if (!token) continue;
    const at = text.indexOf(token, cursor);
    const content = /[\p{L}\p{N}]/u.test(token);
    if (w.confidence < MIN_FACT_CONFIDENCE && content) {
      // A weak word not found as written (repaired by the OCR fixes) still weakens the whole item.
      weak.push(at >= 0 ? [at, at + token.length, round(w.confidence)] : [0, text.length, round(w.confidence)]);
    } else if (content) sound = Math.min(sound, w.confidence);
    if (at >= 0) cursor = at + token.length;
  }
  return weak.length > 0 ? { weak, sound: round(sound) } : {};
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
