/**
 * A tick box's state from its pixels: the recogniser's guess of the glyph (口, 回, 凶 …) is not
 * trusted; a square outline is a box, and ink inside it is a tick.
 */
import type { OcrWord } from './layout.js';
import { inkShare, type Box, type GrayImage } from './pixels.js';
import { components } from './seals.js';

/** 'checked' / 'unchecked' when the box holds a square outline, null when it does not look like a tick box. */
export function boxState(mask: Uint8Array, width: number, box: Box): 'checked' | 'unchecked' | null {
  const [x0, y0, x1, y1] = box;
  const w = x1 - x0;
  const h = y1 - y0;
  if (w < 6 || h < 6 || w / h < 0.7 || w / h > 1.4) return null;
  const at = (x: number, y: number) => mask[y * width + x] === 1;
  const t = Math.max(1, Math.round(Math.min(w, h) * 0.15));
  // Each side of the outline: the share of positions along it with ink within `t` pixels of the edge.
  const side = (positions: number, hit: (i: number) => boolean): number => {
    let n = 0;
    for (let i = 0; i < positions; i++) if (hit(i)) n++;
    return n / positions;
  };
  const strip = (fixed: (k: number) => [number, number][]) => (i: number) => fixed(i).some(([x, y]) => at(x, y));
  const range = (from: number, count: number) => Array.from({ length: count }, (_, k) => from + k);
  const top = side(w, strip((i) => range(y0, t).map((y) => [x0 + i, y])));
  const bottom = side(w, strip((i) => range(y1 - t, t).map((y) => [x0 + i, y])));
  const left = side(h, strip((i) => range(x0, t).map((x) => [x, y0 + i])));
  const right = side(h, strip((i) => range(x1 - t, t).map((x) => [x, y0 + i])));
  if (Math.min(top, bottom, left, right) < 0.7) return null;
  // Inside: the middle 60 % of the box.
  const ix0 = x0 + Math.round(w * 0.2);
  const ix1 = x1 - Math.round(w * 0.2);
  const iy0 = y0 + Math.round(h * 0.2);
  const iy1 = y1 - Math.round(h * 0.2);
  let ink = 0;
  let all = 0;
  for (let y = iy0; y < iy1; y++) for (let x = ix0; x < ix1; x++) {
    all++;
    if (at(x, y)) ink++;
  }
  return all > 0 && ink / all > 0.08 ? 'checked' : 'unchecked';
}

/** A tick box found on a page: its box (pixels) and state from the ink inside it. */
export interface FoundCheckbox {
  box: Box;
  state: 'checked' | 'unchecked';
}

/**
 * Tick boxes of a page, found in the pixels rather than in the recogniser's guesses (it reads □ as
 * 口 or 凶 and ☑ as 思 or 加, with high confidence, and its character boxes are not reliable):
 * connected ink components that are square outlines of text size (0.06–0.22 in), with no ink
 * right before them (so 口 inside a word is not taken) and ink after them (the option label).
 */
export function findCheckboxes(mask: Uint8Array, width: number, height: number, dpi: number): FoundCheckbox[] {
  const min = Math.max(6, Math.round(dpi * 0.06));
  const max = Math.round(dpi * 0.22);
  const out: FoundCheckbox[] = [];
  for (const c of components(mask, width, height, min * 2)) {
    const [x0, y0, x1, y1] = c.box;
    const w = x1 - x0;
    const h = y1 - y0;
    if (w < min || h < min || w > max || h > max || w / h < 0.8 || w / h > 1.25) continue;
    const state = boxState(mask, width, c.box);
    if (state === null) continue;
    // Context: paper for half a box width to the left, and a label starting within one box width to the right.
    const left: Box = [Math.max(0, x0 - Math.round(w * 0.5)), y0 + Math.round(h * 0.15), Math.max(0, x0 - 1), y1 - Math.round(h * 0.15)];
    const right: Box = [Math.min(width, x1 + 1), y0, Math.min(width, x1 + w), y1];
    if (left[2] > left[0] && inkShare(mask, width, left) > 0.02) continue;
    if (inkShare(mask, width, right) < 0.02) continue;
    // Alone in its line's height: a square with strokes right above or below is part of a character (含, 省, 器 …).
    const above: Box = [x0, Math.max(0, y0 - Math.round(h * 0.35)), x1, Math.max(0, y0 - 2)];
    const below: Box = [x0, Math.min(height, y1 + 2), x1, Math.min(height, y1 + Math.round(h * 0.35))];
    if ((above[3] > above[1] && inkShare(mask, width, above) > 0.01) || (below[3] > below[1] && inkShare(mask, width, below) > 0.01)) continue;
    // A tick crosses the box slanting; a long level stroke inside is a character's (国, 固, 回 …).
    if (state === 'checked' && hasLevelStroke(mask, width, c.box)) continue;
    out.push({ box: c.box, state });
  }
  return out;
}

/** Whether the inside of a box holds a horizontal ink run over three quarters of its inner width (a tick's vertex is about half). */
function hasLevelStroke(mask: Uint8Array, width: number, box: Box): boolean {
  const [x0, y0, x1, y1] = box;
  const t = Math.max(2, Math.round((x1 - x0) * 0.18));
  const inner = x1 - x0 - 2 * t;
  for (let y = y0 + t; y < y1 - t; y++) {
    let run = 0;
    for (let x = x0 + t; x < x1 - t; x++) {
      run = mask[y * width + x] ? run + 1 : 0;
      if (run >= inner * 0.75) return true;
    }
  }
  return false;
}

/** Whitens found tick boxes in a grey image (in place), so the recogniser reads only their labels. */
export function eraseCheckboxes(gray: GrayImage, boxes: readonly FoundCheckbox[]): void {
  for (const { box } of boxes) {
    // A margin takes the blurred fringe of a scanned outline too (it would be read as a quote mark).
    const m = Math.max(2, Math.round((box[2] - box[0]) * 0.12));
    for (let y = Math.max(0, box[1] - m); y < Math.min(gray.height, box[3] + m); y++) {
      gray.data.fill(255, y * gray.width + Math.max(0, box[0] - m), y * gray.width + Math.min(gray.width, box[2] + m));
    }
  }
}

/** Found tick boxes as words (□ / ☑, confidence 1) to lay out with the recognised words. */
export function checkboxWords(boxes: readonly FoundCheckbox[]): OcrWord[] {
  return boxes.map((b) => {
    const text = b.state === 'checked' ? '☑' : '□';
    return { text, confidence: 1, box: b.box, symbols: [{ text, confidence: 1, box: b.box }] };
  });
}
