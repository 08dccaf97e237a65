import { z } from 'zod';

/** A threshold tier: the value range it covers and its points. Bounds follow the source wording (以上/达到 inclusive, 超过/低于 exclusive). */
export const TierSchema = z.object({
  /** Lower bound, in the input's unit; absent = no lower bound. */
  min: z.number().optional(),
  /** Whether `min` itself belongs to this tier (以上、达到: yes; 超过: no). Default true. */
  minInclusive: z.boolean().default(true),
  /** Upper bound; absent = no upper bound. */
  max: z.number().optional(),
  /** Whether `max` itself belongs to this tier (以内、以下: yes; 低于、不满: no). Default false. */
  maxInclusive: z.boolean().default(false),
  points: z.number(),
  /** The source wording of the tier ("10-100亿元得3分"). */
  text: z.string(),
});
export type Tier = z.infer<typeof TierSchema>;

/** One counted item of a per-item indicator: which input counts it and its points per item. */
export const ItemSchema = z.object({
  input: z.string(),
  points: z.number(),
  label: z.string(),
  /** Points per unit counted (default), or once when the count is above zero. */
  perUnit: z.boolean().default(true),
  /** Points for every `every` units ("每2件计1分": every 2, points 1); default 1. */
  every: z.number().positive().default(1),
});

/** A qualitative level and its points (很完善 3 …); `upTo` when the source gives a range ("十分重要得7-10分"). */
export const LevelSchema = z.object({ label: z.string(), points: z.number(), upTo: z.number().optional() });

const base = {
  id: z.string().regex(/^[a-z0-9-]+$/u),
  /** Group id the indicator's points count towards. */
  group: z.string(),
  /** Chinese label as in the source. */
  label: z.string(),
  /** Maximum points (the source's 分值 / 满分). */
  max: z.number().nonnegative(),
  /** Seed file and table the indicator comes from. */
  source: z.string().min(1),
  /** Labels under which a self-evaluation table lists this indicator (for the claimed score). */
  claimedAs: z.array(z.string()).default([]),
};

export const IndicatorSchema = z.discriminatedUnion('kind', [
  z.object({ ...base, kind: z.literal('tiers'), input: z.string(), unit: z.string(), tiers: z.array(TierSchema).min(1) }),
  z.object({ ...base, kind: z.literal('per-item'), items: z.array(ItemSchema).min(1), cap: z.number().nonnegative() }),
  z.object({
    ...base,
    kind: z.literal('steps'),
    input: z.string(),
    unit: z.string(),
    /** Below this value: 0 points. */
    start: z.number(),
    /** Points at `start`. */
    startPoints: z.number(),
    /** Each further `step` of the input … */
    step: z.number().positive(),
    /** … adds these points. */
    stepPoints: z.number(),
    cap: z.number().nonnegative(),
  }),
  z.object({
    ...base,
    kind: z.literal('qualitative'),
    levels: z.array(LevelSchema).min(2),
    /** Evidence the suggestion is based on: boolean inputs; the share found picks the suggested level. */
    signals: z.array(z.object({ input: z.string(), label: z.string() })).default([]),
  }),
  z.object({ ...base, kind: z.literal('flag'), input: z.string(), points: z.number() }),
]);
export type Indicator = z.infer<typeof IndicatorSchema>;
export type IndicatorInput = z.input<typeof IndicatorSchema>;

export const GroupSchema = z.object({
  id: z.string(),
  label: z.string(),
  max: z.number().nonnegative(),
  /** Bonus group: its points are added on top of the total, within the rubric's bonus cap. */
  bonus: z.boolean().default(false),
});

/** A band of the total ("≥ 90 优秀"). */
export const BandSchema = z.object({ min: z.number(), label: z.string() });

/** A flaw of the source rubric and the reading the pack takes (RULES.md interpretation rule 6). */
export const FlawSchema = z.object({ indicator: z.string(), flaw: z.string(), reading: z.string() });

export const RubricSchema = z.object({
  /** Points of the non-bonus groups together (100). */
  total: z.number(),
  /** Cap on bonus points, when the source sets one. */
  bonusCap: z.number().optional(),
  groups: z.array(GroupSchema),
  indicators: z.array(IndicatorSchema),
  bands: z.array(BandSchema).default([]),
  flaws: z.array(FlawSchema).default([]),
});
export type Rubric = z.infer<typeof RubricSchema>;
export type RubricInput = z.input<typeof RubricSchema>;
