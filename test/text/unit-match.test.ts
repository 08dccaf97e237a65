import { describe, expect, it } from 'vitest';
import { matchUnits } from '../../src/text/unit-match.js';
import { unitKey, unitSimilarity } from '../../src/text/organizations.js';

describe('unit names', () => {
  it('keys 有限责任公司 as 有限公司, full-width as half-width, without spaces', () => {
    expect(unitKey('甲 科技（河南）有限责任公司')).toBe(unitKey('甲科技(河南)有限公司'));
  });
  it('scores an OCR misreading close, a different unit far', () => {
    expect(unitSimilarity('濮阳龙乡储氢装备有限公司', '濮阳龙乡储氧装备有限公司')).toBeGreaterThan(0.8);
    expect(unitSimilarity('濮阳龙乡储氢装备有限公司', '郑州能源科技大学')).toBeLessThan(0.2);
  });
});

describe('matchUnits', () => {
  const members = ['甲科技有限公司', '乙储氢装备有限公司', '丙理工学院', '丁研究院'];
  it('ties equal names, then similar ones', () => {
    expect(matchUnits(members, ['丙理工学院', '乙储氧装备有限公司', '甲科技有限责任公司'])).toEqual([2, 1, 0, -1]);
  });
  it('ties what is left by row order when every other row kept its place', () => {
    expect(matchUnits(members, ['甲科技有限公司', '乙储氢装备有限公司', 'We', '丁研究院'])).toEqual([0, 1, 2, 3]);
  });
  it('does not tie by order when the rows are in another order', () => {
    expect(matchUnits(members, ['乙储氢装备有限公司', '甲科技有限公司', 'We', '丁研究院'])).toEqual([1, 0, -1, 3]);
  });
});
