import { describe, expect, it } from 'vitest';
import { findFirstNumber, findNumbers, parseChineseNumeral, parseNumber } from '../../src/text/numerals.js';

describe('parseNumber', () => {
  it.each([
    ['12', 12],
    [' 3 ', 3],
    ['12.5', 12.5],
    ['.5', 0.5],
    ['1,200', 1200],
    ['1,234,567.89', 1234567.89],
    ['１２００', 1200],
    ['１２．５', 12.5],
    ['-5', -5],
    ['+7', 7],
    ['0', 0],
  ])('parses the Arabic number %j as %d', (s, n) => {
    expect(parseNumber(s)).toBe(n);
  });

  it('applies a multiplier written after an Arabic number', () => {
    expect(parseNumber('1.2万')).toBe(12000);
    expect(parseNumber('3千万')).toBe(30000000);
    expect(parseNumber('1.5 亿')).toBe(150000000);
  });

  it('parses Chinese numerals', () => {
    expect(parseNumber('十二')).toBe(12);
    expect(parseNumber('壹拾')).toBe(10);
    expect(parseNumber('二〇二〇')).toBe(2020);
  });

  it.each(['', '   ', 'abc', '1,20', '1.2.3', '12个', '12 34', '万元', '1.2元'])(
    'returns null for %j, which is not exactly a number',
    (s) => {
      expect(parseNumber(s)).toBeNull();
    },
  );

  it('re-exports parseChineseNumeral', () => {
    expect(parseChineseNumeral('十二')).toBe(12);
  });
});

describe('findFirstNumber', () => {
  it('finds an Arabic number inside text and reports its offset and text', () => {
    expect(findFirstNumber('成员单位共15家')).toEqual({ value: 15, index: 5, text: '15' });
  });

  it('finds a Chinese numeral run inside text', () => {
    expect(findFirstNumber('成员单位共十二家')).toEqual({ value: 12, index: 5, text: '十二' });
  });

  it('returns the earliest number whether Arabic or Chinese', () => {
    expect(findFirstNumber('三家单位，共15人')?.value).toBe(3);
    expect(findFirstNumber('共15人，三家单位')?.value).toBe(15);
  });

  it('includes a trailing 万/亿 multiplier in the value and text', () => {
    expect(findFirstNumber('注册资金1.2亿元')).toEqual({ value: 120000000, index: 4, text: '1.2亿' });
    expect(findFirstNumber('投入一千二百万元')?.value).toBe(12000000);
  });

  it('keeps thousands separators and decimals, also full-width', () => {
    expect(findFirstNumber('合计1,200.5元')?.value).toBe(1200.5);
    expect(findFirstNumber('合计１２００元')).toEqual({ value: 1200, index: 2, text: '１２００' });
  });

  it('does not read a full-width comma as a thousands separator', () => {
    expect(findFirstNumber('分别为1，200家')?.value).toBe(1);
  });

  it('reads a minus sign only when it is not between two numbers', () => {
    expect(findFirstNumber('增长-3.5%')?.value).toBe(-3.5);
    expect(findNumbers('2020-2023').map((n) => n.value)).toEqual([2020, 2023]);
  });

  it('skips lexical uses of numeral characters such as 统一 and 十分', () => {
    expect(findFirstNumber('统一社会信用代码：91410100')?.value).toBe(91410100);
    expect(findFirstNumber('十分重要，有15家')?.value).toBe(15);
    expect(findFirstNumber('进一步加强')).toBeNull();
  });

  it('keeps ordinals such as 第一 as numbers', () => {
    expect(findFirstNumber('第一章')).toEqual({ value: 1, index: 1, text: '一' });
  });

  it('skips Chinese runs that are not well-formed numerals', () => {
    expect(findFirstNumber('十三五规划')).toBeNull();
  });

  it('does not treat bare 万/亿/千万 as numbers', () => {
    expect(findFirstNumber('单位：万元')).toBeNull();
    expect(findFirstNumber('千万元')).toBeNull();
  });

  it('returns null for empty text or text without numbers', () => {
    expect(findFirstNumber('')).toBeNull();
    expect(findFirstNumber('联盟名称')).toBeNull();
  });
});

describe('findNumbers', () => {
  it('lists all numbers in order', () => {
    expect(findNumbers('2020年9月21日，共十二家').map((n) => n.value)).toEqual([2020, 9, 21, 12]);
  });

  it('does not start a number in the middle of a decimal', () => {
    expect(findNumbers('1.2.3').map((n) => n.text)).toEqual(['1.2']);
  });
});
