import type { z } from 'zod';
import type { TierSchema } from './schema.js';

type TierInput = z.input<typeof TierSchema>;

/** "N以上 / 达到N": N and above. */
export function atLeast(min: number, points: number, text: string): TierInput {
  return { min, minInclusive: true, points, text };
}

/** "超过N": above N, N excluded. */
export function above(min: number, points: number, text: string): TierInput {
  return { min, minInclusive: false, points, text };
}

/** "a-b": a to b, both included (an overlap with the next tier goes to the higher tier). */
export function between(min: number, max: number, points: number, text: string): TierInput {
  return { min, minInclusive: true, max, maxInclusive: true, points, text };
}

/** "N以下 / N以内": up to N, N included. */
export function atMost(max: number, points: number, text: string): TierInput {
  return { max, maxInclusive: true, points, text };
}

/** "低于N / 不满N": below N, N excluded. */
export function below(max: number, points: number, text: string): TierInput {
  return { max, maxInclusive: false, points, text };
}
