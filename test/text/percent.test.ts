import { describe, expect, it } from 'vitest';
import { parsePercent } from '../../src/text/percent.js';

describe('parsePercent', () => {
  it.each([
    ['2%', 2],
    ['2 %', 2],
    ['２％', 2],
    ['0.5%', 0.5],
    ['100%', 100],
    ['-3%', -3],
    ['百分之二', 2],
    ['百分之十五', 15],
    ['百分之零点五', 0.5],
    ['百分之5', 5],
    ['百分之百', 100],
  ])('reads %j as %d percentage points', (s, n) => {
    expect(parsePercent(s)).toBe(n);
  });

  it('reads per mille as tenths of a percent', () => {
    expect(parsePercent('5‰')).toBe(0.5);
    expect(parsePercent('千分之五')).toBe(0.5);
  });

  it('finds the first percentage inside longer text', () => {
    expect(parsePercent('研发投入占销售收入比例约为2.5%以上')).toBe(2.5);
    expect(parsePercent('2020年增长12%')).toBe(12);
  });

  it('returns null for a bare number without a percent marker', () => {
    expect(parsePercent('2')).toBeNull();
  });

  it('returns null for blank text', () => {
    expect(parsePercent('')).toBeNull();
    expect(parsePercent('  ')).toBeNull();
  });
});
