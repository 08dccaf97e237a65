import { describe, expect, it } from 'vitest';
import { MEASURE_WORDS, isBlankAnswer, parseCount } from '../../src/text/count.js';

describe('parseCount', () => {
  it.each([
    ['12个', 12],
    ['十二家', 12],
    ['12 人', 12],
    ['共15家单位', 15],
    ['3项', 3],
    ['12', 12],
    ['１２家', 12],
    ['0', 0],
    ['1.2万人', 12000],
    ['1,200名', 1200],
  ])('reads %j as %d', (s, n) => {
    expect(parseCount(s)).toBe(n);
  });

  it('accepts approximation markers before the measure word', () => {
    expect(parseCount('15余家')).toBe(15);
    expect(parseCount('20多人')).toBe(20);
  });

  it('prefers a number followed by a measure word over an earlier year', () => {
    expect(parseCount('2020年共15家')).toBe(15);
  });

  it('skips years, percentages and ordinals when no measure word is present', () => {
    expect(parseCount('2020年 15')).toBe(15);
    expect(parseCount('第3期')).toBeNull();
    expect(parseCount('5%')).toBeNull();
  });

  it.each(['', '   ', '____', '＿＿＿', '—', '/', '……'])('treats the blank answer %j as null', (s) => {
    expect(parseCount(s)).toBeNull();
  });

  it('reads "none" answers as 0', () => {
    expect(parseCount('无')).toBe(0);
    expect(parseCount('暂无')).toBe(0);
  });

  it('returns null for non-integer or negative counts', () => {
    expect(parseCount('12.5个')).toBeNull();
    expect(parseCount('-3')).toBeNull();
  });

  it('returns null for text without a number', () => {
    expect(parseCount('若干家')).toBeNull();
  });
});

describe('isBlankAnswer', () => {
  it('recognises empty, underscore, dash and slash cells', () => {
    expect(isBlankAnswer('')).toBe(true);
    expect(isBlankAnswer(' __ ')).toBe(true);
    expect(isBlankAnswer('/')).toBe(true);
    expect(isBlankAnswer('12')).toBe(false);
  });
});

describe('MEASURE_WORDS', () => {
  it('contains the common measure words of member lists', () => {
    for (const w of ['个', '家', '人', '项', '名']) expect(MEASURE_WORDS.has(w)).toBe(true);
  });
});
