/**
 * Greedy CTC decoding of the recogniser's output: at each time step the most likely class; runs of
 * one class are one character, the blank (class 0) separates them. Each character keeps the
 * probability it was read with and the time steps it spans (its place along the line).
 */

/** One decoded character. */
export interface CtcChar {
  text: string;
  /** 0–1: the highest probability of the character over its time steps. */
  confidence: number;
  /** First and last time step (inclusive) of the character. */
  from: number;
  to: number;
}

/**
 * Decodes `steps` × `classes` probabilities (row-major, one row per time step). Class k ≥ 1 is
 * `characters[k - 1]`; a class past the dictionary is a space.
 */
export function ctcDecode(probs: Float32Array, steps: number, classes: number, characters: readonly string[]): CtcChar[] {
  const out: CtcChar[] = [];
  let previous = -1;
  for (let t = 0; t < steps; t++) {
    const row = t * classes;
    let best = 0;
    let bestP = probs[row];
    for (let k = 1; k < classes; k++) {
      const p = probs[row + k];
      if (p > bestP) {
        bestP = p;
        best = k;
      }
    }
    if (best !== 0 && best === previous) {
      const last = out[out.length - 1];
      last.to = t;
      if (bestP > last.confidence) last.confidence = bestP;
    } else if (best !== 0) {
      out.push({ text: best <= characters.length ? characters[best - 1] : ' ', confidence: bestP, from: t, to: t });
    }
    previous = best;
  }
  return out;
}
