import { describe, expect, it } from 'vitest';
import { countChars, parseLengthLimit } from '../../src/text/length.js';

describe('countChars', () => {
  it('counts CJK characters, letters, digits and punctuation one each', () => {
    expect(countChars('联盟名称：ABC，123。')).toBe(13);
  });

  it('excludes all whitespace: spaces, tabs, newlines, U+3000, NBSP', () => {
    expect(countChars(' 联 盟\t名\n称\u3000\u00A0')).toBe(4);
  });

  it('excludes zero-width characters', () => {
    expect(countChars('联\u200B盟\uFEFF')).toBe(2);
  });

  it('counts a surrogate-pair ideograph as one character', () => {
    expect(countChars('𠀀a')).toBe(2);
  });

  it('is 0 for empty or blank text', () => {
    expect(countChars('')).toBe(0);
    expect(countChars(' \n ')).toBe(0);
  });
});

describe('parseLengthLimit', () => {
  it.each([
    ['限500字', 500],
    ['（限300字以内）', 300],
    ['限200字', 200],
    ['(限100字)', 100],
    ['限 500 字', 500],
    ['限１０００字', 1000],
    ['限1,000字', 1000],
    ['限五百字', 500],
    ['不超过1000字', 1000],
    ['请勿超过800个字', 800],
    ['500字以内', 500],
    ['字数控制在300字以内', 300],
    ['牵头单位在行业（领域）中的地位；（限200字）', 200],
  ])('reads the limit in %j as %d characters', (s, n) => {
    expect(parseLengthLimit(s)).toBe(n);
  });

  it('returns null when no limit is stated', () => {
    expect(parseLengthLimit('联盟名称')).toBeNull();
    expect(parseLengthLimit('')).toBeNull();
    expect(parseLengthLimit('共500家')).toBeNull();
  });

  it('returns null for a zero limit', () => {
    expect(parseLengthLimit('限0字')).toBeNull();
  });
});
