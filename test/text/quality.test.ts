import { describe, expect, it } from 'vitest';
import {
  MAX_GARBAGE_RATIO,
  MIN_CHARS,
  MOJIBAKE_MIN_CHARS,
  assessTextQuality,
} from '../../src/text/quality.js';

describe('assessTextQuality', () => {
  it('rates normal Chinese text good and counts CJK characters', () => {
    expect(assessTextQuality('联盟名称：河南省先进制造产业技术创新战略联盟')).toEqual({
      chars: 22,
      cjk: 21,
      garbage: 0,
      ratio: 0,
      verdict: 'good',
    });
  });

  it('rates English text good', () => {
    expect(assessTextQuality('The alliance was founded in 2020 by twelve members.').verdict).toBe('good');
  });

  it('does not count whitespace as characters', () => {
    expect(assessTextQuality(' 联 盟 \n\t 名 称 \u3000').chars).toBe(4);
  });

  it(`is empty below ${MIN_CHARS} non-space characters`, () => {
    expect(assessTextQuality('').verdict).toBe('empty');
    expect(assessTextQuality('  \n ').verdict).toBe('empty');
    expect(assessTextQuality('联盟名称').verdict).toBe('empty');
    expect(assessTextQuality('联盟名称：').verdict).toBe('good');
  });

  it('counts U+FFFD, private-use characters and C0 controls as garbage', () => {
    const q = assessTextQuality('\uFFFD\uE000\u0001联盟名称河南省先进制造产业技术创新战略联盟');
    expect(q.garbage).toBe(3);
    expect(q.ratio).toBeCloseTo(3 / q.chars);
  });

  it('does not count tabs, newlines and carriage returns as garbage', () => {
    expect(assessTextQuality('联盟\t名称\r\n河南省').garbage).toBe(0);
  });

  it('counts each (cid:N) glyph name as one garbage character', () => {
    expect(assessTextQuality('(cid:12)(cid:13)(cid:14)(cid:15)(cid:16)(cid:17)')).toMatchObject({
      chars: 6,
      garbage: 6,
      ratio: 1,
      verdict: 'poor',
    });
  });

  it(`is poor when garbage exceeds ${MAX_GARBAGE_RATIO} of the characters`, () => {
    // 2 of 13 ≈ 0.154
    expect(assessTextQuality('\uFFFD\uFFFD联盟名称河南省先进制造').verdict).toBe('poor');
    // 1 of 21 ≈ 0.048
    expect(assessTextQuality('\uFFFD联盟名称河南省先进制造产业技术创新战略').verdict).toBe('good');
  });

  it('is poor for GBK text decoded as Latin-1 even with some digits', () => {
    const q = assessTextQuality('ÁªÃËÃû³Æ£ººÓÄÏÊ¡ÏȽøÖÆÔì²úÒµ¼¼Êõ´´ÐÂÕ½ÂÔÁªÃË 2020');
    expect(q.cjk).toBe(0);
    expect(q.verdict).toBe('poor');
  });

  it('is poor for UTF-8 text decoded as Windows-1252', () => {
    expect(assessTextQuality('è”ç›Ÿå\u0090\u008Dç§°ï¼šæ²³å\u008D—çœ\u0081å…ˆè¿›åˆ¶é€ ').verdict).toBe('poor');
  });

  it(`applies the mojibake rules only from ${MOJIBAKE_MIN_CHARS} characters on`, () => {
    expect(assessTextQuality('ÁªÃËÃû³Æ').verdict).toBe('good');
  });

  it('is poor for text made of symbols only', () => {
    expect(assessTextQuality('§¶†‡•§¶†‡•§¶†‡•§¶†‡•§¶†‡•').verdict).toBe('poor');
  });

  it('tolerates a few accented Latin letters in otherwise normal text', () => {
    expect(assessTextQuality('联盟与 Université de Genève 合作开展技术创新活动，共建实验室').verdict).toBe('good');
  });
});
