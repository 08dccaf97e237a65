import { describe, expect, it } from 'vitest';
import { alignChars } from '../../src/text/align.js';

const chars = (s: string) => [...s];

describe('alignChars', () => {
  it('aligns identical strings one to one', () => {
    expect(alignChars(chars('甘肃省'), chars('甘肃省'))).toEqual([
      [0, 0],
      [1, 1],
      [2, 2],
    ]);
  });

  it('pairs a substituted character with the character it replaces', () => {
    expect(alignChars(chars('91O2'), chars('9102'))).toEqual([
      [0, 0],
      [1, 1],
      [2, 2],
      [3, 3],
    ]);
  });

  it('marks a character only the second reading has as an insertion (null on the first side)', () => {
    expect(alignChars(chars('甘省'), chars('甘肃省'))).toEqual([
      [0, 0],
      [null, 1],
      [1, 2],
    ]);
  });

  it('marks a character only the first reading has as a deletion (null on the second side)', () => {
    expect(alignChars(chars('甘肃省'), chars('甘省'))).toEqual([
      [0, 0],
      [1, null],
      [2, 1],
    ]);
  });

  it('uses the fewest edits: an insertion at the start does not shift every pair into a substitution', () => {
    const steps = alignChars(chars('ABCD'), chars('XABCD'));
    expect(steps).toEqual([
      [null, 0],
      [0, 1],
      [1, 2],
      [2, 3],
      [3, 4],
    ]);
  });

  it('covers every index of both sides exactly once, in order', () => {
    const a = chars('联盟成员单位共十家');
    const b = chars('联盟成员单住共家十');
    const steps = alignChars(a, b);
    expect(steps.map(([i]) => i).filter((i) => i !== null)).toEqual(a.map((_, i) => i));
    expect(steps.map(([, j]) => j).filter((j) => j !== null)).toEqual(b.map((_, j) => j));
  });

  it('handles empty inputs', () => {
    expect(alignChars([], [])).toEqual([]);
    expect(alignChars(chars('ab'), [])).toEqual([
      [0, null],
      [1, null],
    ]);
    expect(alignChars([], chars('x'))).toEqual([[null, 0]]);
  });
});
