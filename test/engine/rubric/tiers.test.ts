/**
 * Tier helpers and tier choice (RULES.md interpretation rule 1): 以上/以下/以内/达到 include the
 * stated number, 超过/低于/不满 exclude it; an overlap at a boundary goes to the higher tier; a value
 * in a gap gets the tier below it and is flagged.
 */
import { describe, expect, it } from 'vitest';
import { TierSchema, type Tier } from '../../../src/engine/rubric/schema.js';
import { chooseTier, tierCovers } from '../../../src/engine/rubric/score-indicator.js';
import { above, atLeast, atMost, below, between } from '../../../src/engine/rubric/tiers.js';

const parse = (...tiers: Parameters<typeof TierSchema.parse>[0][]): Tier[] => tiers.map((t) => TierSchema.parse(t));
const pointsOf = (tiers: readonly Tier[], v: number) => chooseTier(tiers, v).tier?.points ?? null;

/** 000 附件2 产业联盟所在行业经济规模 (万元): 100亿元以上得5分，10-100亿元得3分，10亿元以下得1分. */
const INDUSTRY_SCALE = parse(atLeast(1_000_000, 5, '100亿元以上得5分'), between(100_000, 1_000_000, 3, '10-100亿元得3分'), atMost(100_000, 1, '10亿元以下得1分'));

/** 000 附件2 本年度科技研发投入 (万元): 800以上6 … 300-400 1, 300以下0. */
const RD_THIS_YEAR = parse(
  atLeast(800, 6, '800万元以上得6分'),
  between(700, 800, 5, '700-800万元得5分'),
  between(600, 700, 4, '600-700万元得4分'),
  between(500, 600, 3, '500-600万元得3分'),
  between(400, 500, 2, '400-500万元得2分'),
  between(300, 400, 1, '300-400万元得1分'),
  atMost(300, 0, '300万元以下得0分'),
);

describe('tier helpers', () => {
  it('atLeast (以上/达到): min included, no upper bound', () => {
    expect(TierSchema.parse(atLeast(10, 3, 't'))).toEqual({ min: 10, minInclusive: true, maxInclusive: false, points: 3, text: 't' });
  });

  it('above (超过): min excluded', () => {
    expect(TierSchema.parse(above(10, 3, 't'))).toMatchObject({ min: 10, minInclusive: false, points: 3 });
    expect(TierSchema.parse(above(10, 3, 't')).max).toBeUndefined();
  });

  it('between (a-b): both ends included', () => {
    expect(TierSchema.parse(between(1, 5, 2, 't'))).toMatchObject({ min: 1, minInclusive: true, max: 5, maxInclusive: true, points: 2 });
  });

  it('atMost (以下/以内): max included, no lower bound', () => {
    const t = TierSchema.parse(atMost(30, 1, 't'));
    expect(t).toMatchObject({ max: 30, maxInclusive: true, points: 1 });
    expect(t.min).toBeUndefined();
  });

  it('below (低于/不满): max excluded', () => {
    expect(TierSchema.parse(below(2, 0, 't'))).toMatchObject({ max: 2, maxInclusive: false, points: 0 });
  });

  it('keeps the source wording', () => {
    expect(TierSchema.parse(between(100_000, 1_000_000, 3, '10-100亿元得3分')).text).toBe('10-100亿元得3分');
  });
});

describe('tierCovers', () => {
  const [atLeast10] = parse(atLeast(10, 1, ''));
  const [above10] = parse(above(10, 1, ''));
  const [atMost10] = parse(atMost(10, 1, ''));
  const [below10] = parse(below(10, 1, ''));
  const [oneToFive] = parse(between(1, 5, 1, ''));

  it.each([
    ['以上 includes the number', atLeast10, 10, true],
    ['以上 above the number', atLeast10, 10.01, true],
    ['以上 below the number', atLeast10, 9.99, false],
    ['超过 excludes the number', above10, 10, false],
    ['超过 just above', above10, 10.01, true],
    ['以下 includes the number', atMost10, 10, true],
    ['以下 just above', atMost10, 10.01, false],
    ['低于 excludes the number', below10, 10, false],
    ['低于 just below', below10, 9.99, true],
    ['a-b includes a', oneToFive, 1, true],
    ['a-b includes b', oneToFive, 5, true],
    ['a-b excludes below a', oneToFive, 0.99, false],
    ['a-b excludes above b', oneToFive, 5.01, false],
  ] as const)('%s (%s, v = %s → %s)', (_name, tier, v, covered) => {
    expect(tierCovers(tier, v)).toBe(covered);
  });

  it('tolerates floating-point noise at an inclusive bound', () => {
    const [t] = parse(atLeast(0.3, 1, ''));
    expect(tierCovers(t, 0.1 + 0.2)).toBe(true); // 0.30000000000000004
    const [u] = parse(atMost(0.3, 1, ''));
    expect(tierCovers(u, 0.1 + 0.2)).toBe(true);
  });
});

describe('chooseTier: 000 附件2 行业经济规模 (万元)', () => {
  it.each([
    [0, 1],
    [99_999.99, 1],
    [100_000, 3], // 10亿元 is both "10亿元以下" and "10-100亿元": the higher tier
    [100_000.01, 3],
    [999_999.99, 3],
    [1_000_000, 5], // 100亿元 is both "10-100亿元" and "100亿元以上": the higher tier
    [5_000_000, 5],
  ])('%s万元 → %s分', (v, points) => {
    const { tier, gap } = chooseTier(INDUSTRY_SCALE, v);
    expect(tier?.points).toBe(points);
    expect(gap).toBe(false);
  });

  it('the order of the tiers does not matter', () => {
    const reversed = [...INDUSTRY_SCALE].reverse();
    for (const v of [99_999.99, 100_000, 1_000_000]) expect(pointsOf(reversed, v)).toBe(pointsOf(INDUSTRY_SCALE, v));
  });
});

describe('chooseTier: 本年度科技研发投入 (7 tiers)', () => {
  it.each([
    [0, 0],
    [299.99, 0],
    [300, 1],
    [399.99, 1],
    [400, 2],
    [500, 3],
    [600, 4],
    [700, 5],
    [799.99, 5],
    [800, 6],
    [10_000, 6],
  ])('%s万元 → %s分', (v, points) => {
    expect(pointsOf(RD_THIS_YEAR, v)).toBe(points);
  });
});

describe('chooseTier: 超过 / 低于 exclusivity', () => {
  // 002 附件4 "> 500万元" (超过): above(500) vs. atMost(500)
  const over500 = parse(above(500, 5, '> 500万元得5分'), atMost(500, 0, '不超过500万元不得分'));
  // 002 附件4 "≥ 2%": atLeast(2) vs. below(2)
  const atLeast2 = parse(atLeast(2, 15, '≥ 2%得15分'), below(2, 0, '低于2%不得分'));

  it.each([
    [over500, 499.99, 0],
    [over500, 500, 0],
    [over500, 500.01, 5],
    [atLeast2, 1.99, 0],
    [atLeast2, 2, 15],
    [atLeast2, 2.01, 15],
  ])('case %#: v = %s → %s分', (tiers, v, points) => {
    const { tier, gap } = chooseTier(tiers, v);
    expect(tier?.points).toBe(points);
    expect(gap).toBe(false);
  });
});

describe('chooseTier: gaps', () => {
  // 003 11. 发展联盟新成员 1-5家1分, 6-10家2分, 11家以上3分 (only integers are covered)
  const newMembers = parse(atLeast(11, 3, '11家以上得3分'), between(6, 10, 2, '6-10家得2分'), between(1, 5, 1, '1-5家得1分'), below(1, 0, '未发展新成员不得分'));

  it.each([
    [5.5, 1],
    [10.5, 2],
  ])('a value in a gap (%s) gets the tier below (%s分) and is flagged', (v, points) => {
    const { tier, gap } = chooseTier(newMembers, v);
    expect(tier?.points).toBe(points);
    expect(gap).toBe(true);
  });

  it.each([
    [0, 0],
    [1, 1],
    [5, 1],
    [6, 2],
    [10, 2],
    [11, 3],
  ])('integers (%s) are covered without a gap → %s分', (v, points) => {
    expect(chooseTier(newMembers, v)).toMatchObject({ tier: { points }, gap: false });
  });

  it('a boundary excluded by both neighbouring tiers (低于10 / 超过10) is a gap and gets the lower tier', () => {
    const tiers = parse(below(10, 1, '低于10得1分'), above(10, 3, '超过10得3分'));
    expect(chooseTier(tiers, 10)).toMatchObject({ tier: { points: 1 }, gap: true });
  });

  it('a value below every tier gets no tier', () => {
    const tiers = parse(between(1, 5, 1, '1-5'), atLeast(6, 2, '6以上'));
    expect(chooseTier(tiers, 0.5).tier).toBeNull();
  });
});
