import { describe, expect, it } from 'vitest';
import { cleanFloat, multiplierValue, parseChineseNumeral } from '../../src/text/chinese-numerals.js';

describe('parseChineseNumeral', () => {
  it.each([
    ['零', 0],
    ['一', 1],
    ['两', 2],
    ['十', 10],
    ['十二', 12],
    ['一十二', 12],
    ['二十', 20],
    ['一百零五', 105],
    ['一百二十三', 123],
    ['一千零五十', 1050],
    ['两千', 2000],
    ['二十万', 200000],
    ['十万', 100000],
    ['一千二百万', 12000000],
    ['一亿二千万', 120000000],
    ['一万亿', 1e12],
    ['二十万亿', 2e13],
  ])('reads the positional numeral %s as %d', (s, n) => {
    expect(parseChineseNumeral(s)).toBe(n);
  });

  it.each([
    ['壹', 1],
    ['壹拾', 10],
    ['贰佰', 200],
    ['貳佰', 200],
    ['兩千', 2000],
    ['叁仟肆佰伍拾陆', 3456],
    ['壹仟万', 10000000],
    ['柒萬', 70000],
    ['捌億', 800000000],
  ])('reads the financial form %s as %d', (s, n) => {
    expect(parseChineseNumeral(s)).toBe(n);
  });

  it('reads digit-by-digit years with 〇, 零 and ○ as zero', () => {
    expect(parseChineseNumeral('二〇二〇')).toBe(2020);
    expect(parseChineseNumeral('二零二一')).toBe(2021);
    expect(parseChineseNumeral('二○一九')).toBe(2019);
  });

  it('reads decimals written with 点, optionally followed by a multiplier', () => {
    expect(parseChineseNumeral('一点五')).toBe(1.5);
    expect(parseChineseNumeral('二十点零五')).toBe(20.05);
    expect(parseChineseNumeral('一点二亿')).toBe(120000000);
    expect(parseChineseNumeral('三点五万')).toBe(35000);
  });

  it('reads the colloquial abbreviations 一万二 and 三百五', () => {
    expect(parseChineseNumeral('一万二')).toBe(12000);
    expect(parseChineseNumeral('三百五')).toBe(350);
    expect(parseChineseNumeral('一亿五')).toBe(150000000);
  });

  it('accepts a bare leading 百/千/万 as one of them', () => {
    expect(parseChineseNumeral('百万')).toBe(1e6);
    expect(parseChineseNumeral('千万')).toBe(1e7);
    expect(parseChineseNumeral('万')).toBe(1e4);
  });

  it('reads a 负 prefix as a negative sign', () => {
    expect(parseChineseNumeral('负五')).toBe(-5);
  });

  it('trims surrounding whitespace', () => {
    expect(parseChineseNumeral('  十二 ')).toBe(12);
  });

  it.each(['', '  ', '一百二三', '十百', '一万万', '点五', '一点', 'abc', '12', '十二个', '负'])(
    'returns null for the malformed or non-numeral input %j',
    (s) => {
      expect(parseChineseNumeral(s)).toBeNull();
    },
  );
});

describe('multiplierValue', () => {
  it('multiplies the units of accepted multiplier runs', () => {
    expect(multiplierValue('万')).toBe(1e4);
    expect(multiplierValue('亿')).toBe(1e8);
    expect(multiplierValue('千万')).toBe(1e7);
    expect(multiplierValue('百万')).toBe(1e6);
    expect(multiplierValue('万亿')).toBe(1e12);
    expect(multiplierValue('千')).toBe(1e3);
  });

  it('rejects runs that are not a multiplier', () => {
    expect(multiplierValue('')).toBeNull();
    expect(multiplierValue('十百')).toBeNull();
    expect(multiplierValue('元')).toBeNull();
  });
});

describe('cleanFloat', () => {
  it('removes binary floating-point noise', () => {
    expect(cleanFloat(0.1 + 0.2)).toBe(0.3);
    expect(cleanFloat(1.1 * 1e4)).toBe(11000);
  });

  it('passes non-finite values through', () => {
    expect(cleanFloat(Infinity)).toBe(Infinity);
    expect(Number.isNaN(cleanFloat(NaN))).toBe(true);
  });
});
