/**
 * Text boxes from the detection network's probability map (the DB post-processing of PaddleOCR,
 * with upright boxes: pages are deskewed before they are read). Pixels above the binary threshold
 * form 8-connected regions; a region whose mean probability is below the box threshold is noise;
 * each kept region is grown by its area × ratio / perimeter, as DB's shrunk training targets need.
 */
import type { Box } from '../pixels.js';
import { components } from '../seals.js';

export interface DbOptions {
  /** Probability above which a pixel is text (PaddleOCR's det_db_thresh). */
  threshold?: number;
  /** Lowest mean probability of a kept region (det_db_box_thresh). */
  boxThreshold?: number;
  /** How much a region is grown (det_db_unclip_ratio). */
  unclipRatio?: number;
}

/** Boxes of text in map pixels, top to bottom, each with its mean probability. */
export function dbBoxes(map: Float32Array, width: number, height: number, options: DbOptions = {}): { box: Box; score: number }[] {
  const { threshold = 0.3, boxThreshold = 0.6, unclipRatio = 1.5 } = options;
  const mask = new Uint8Array(width * height);
  for (let i = 0; i < mask.length; i++) mask[i] = map[i] > threshold ? 1 : 0;
  const out: { box: Box; score: number }[] = [];
  for (const c of components(mask, width, height, 4, map)) {
    const w = c.box[2] - c.box[0];
    const h = c.box[3] - c.box[1];
    if (Math.min(w, h) < 2) continue;
    const score = c.weight / c.pixels;
    if (score < boxThreshold) continue;
    const grow = (w * h * unclipRatio) / (2 * (w + h));
    const box: Box = [Math.max(0, c.box[0] - grow), Math.max(0, c.box[1] - grow), Math.min(width, c.box[2] + grow), Math.min(height, c.box[3] + grow)];
    out.push({ box, score });
  }
  return out.sort((a, b) => a.box[1] - b.box[1] || a.box[0] - b.box[0]);
}
