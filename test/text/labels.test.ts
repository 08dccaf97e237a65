import { describe, expect, it } from 'vitest';
import {
  MAX_LABEL_LENGTH,
  PREFIX_MATCH_SCORE,
  labelSimilarity,
  matchLabel,
  normalizeLabel,
  splitLabelValue,
  splitLabelValues,
} from '../../src/text/labels.js';

describe('normalizeLabel', () => {
  it('removes trailing full- and half-width colons', () => {
    expect(normalizeLabel('联盟名称：')).toBe('联盟名称');
    expect(normalizeLabel('联盟名称:')).toBe('联盟名称');
  });

  it('removes all whitespace, including spaces PDF extraction put between characters', () => {
    expect(normalizeLabel(' 联 盟\u3000名 称 ')).toBe('联盟名称');
  });

  it('removes parenthesised hints anywhere, full- or half-width, nested or bracketed', () => {
    expect(normalizeLabel('牵头单位在行业（领域）中的地位；（限200字）')).toBe('牵头单位在行业中的地位');
    expect(normalizeLabel('联盟名称(全称)')).toBe('联盟名称');
    expect(normalizeLabel('经费（单位（万元））')).toBe('经费');
    expect(normalizeLabel('【必填】联盟名称')).toBe('联盟名称');
  });

  it('removes asterisks and other required-field markers', () => {
    expect(normalizeLabel('*联盟名称')).toBe('联盟名称');
    expect(normalizeLabel('★联盟名称※')).toBe('联盟名称');
  });

  it('removes leading bullet numbers', () => {
    expect(normalizeLabel('1. 联盟名称')).toBe('联盟名称');
    expect(normalizeLabel('1、联盟名称')).toBe('联盟名称');
    expect(normalizeLabel('2.3 联盟名称')).toBe('联盟名称');
    expect(normalizeLabel('（一）联盟名称')).toBe('联盟名称');
    expect(normalizeLabel('一、联盟名称')).toBe('联盟名称');
    expect(normalizeLabel('①联盟名称')).toBe('联盟名称');
  });

  it('keeps a leading number that is part of the label', () => {
    expect(normalizeLabel('5G应用场景')).toBe('5g应用场景');
  });

  it('converts full-width Latin and lower-cases it', () => {
    expect(normalizeLabel('ＲＭＢ金额')).toBe('rmb金额');
  });

  it('returns an empty string for a label made only of punctuation', () => {
    expect(normalizeLabel('：')).toBe('');
    expect(normalizeLabel('')).toBe('');
  });
});

describe('labelSimilarity', () => {
  it('is 1 for labels equal after normalisation', () => {
    expect(labelSimilarity('联盟名称', '联盟名称：')).toBe(1);
    expect(labelSimilarity('1. 联盟名称*', '联 盟 名 称')).toBe(1);
  });

  it('is the Dice coefficient over character bigrams', () => {
    // {联盟, 盟名, 名称} vs {联盟, 盟全, 全称}: 2·1 / 6
    expect(labelSimilarity('联盟名称', '联盟全称')).toBeCloseTo(1 / 3);
  });

  it('uses single characters when a label is short', () => {
    // {联, 盟} vs {联, 盟, 名, 称}: 2·2 / 6
    expect(labelSimilarity('联盟', '联盟名称')).toBeCloseTo(2 / 3);
    expect(labelSimilarity('甲', '乙')).toBe(0);
  });

  it('is symmetric', () => {
    expect(labelSimilarity('牵头单位名称', '牵头单位')).toBe(labelSimilarity('牵头单位', '牵头单位名称'));
  });

  it('is 0 when either label is empty', () => {
    expect(labelSimilarity('', '联盟名称')).toBe(0);
    expect(labelSimilarity('', '')).toBe(0);
  });

  it('counts repeated bigrams as a multiset', () => {
    expect(labelSimilarity('单位单位', '单位')).toBeLessThan(1);
  });
});

describe('matchLabel', () => {
  const aliases = ['联盟名称', '牵头单位在行业中的地位', '成员单位数量'];

  it('matches a label equal to an alias after normalisation with score 1', () => {
    expect(matchLabel('牵头单位在行业（领域）中的地位；（限200字）', aliases)).toEqual({
      alias: '牵头单位在行业中的地位',
      score: 1,
    });
  });

  it('scores a candidate that starts with an alias at least PREFIX_MATCH_SCORE', () => {
    expect(matchLabel('牵头单位在行业中的地位及作用', aliases)).toEqual({
      alias: '牵头单位在行业中的地位',
      score: PREFIX_MATCH_SCORE,
    });
  });

  it('matches near-identical labels above the threshold', () => {
    // 9 shared bigrams of 11 and 10: 18 / 21
    const m = matchLabel('牵头单位在本行业中的地位', aliases);
    expect(m?.alias).toBe('牵头单位在行业中的地位');
    expect(m?.score).toBeCloseTo(18 / 21);
    expect(m?.score).toBeGreaterThanOrEqual(0.8);
    expect(m?.score).toBeLessThan(1);
  });

  it('returns null when no alias reaches the threshold', () => {
    expect(matchLabel('注册资金', aliases)).toBeNull();
    expect(matchLabel('联盟全称', aliases)).toBeNull();
  });

  it('honours a custom threshold', () => {
    expect(matchLabel('联盟全称', aliases, 0.3)?.alias).toBe('联盟名称');
    expect(matchLabel('牵头单位在行业中的地位及作用', aliases, 0.95)).toBeNull();
  });

  it('picks the best-scoring alias and the earlier one on ties', () => {
    expect(matchLabel('联盟名称', ['联盟名', '联盟名称'])?.alias).toBe('联盟名称');
    expect(matchLabel('联盟名称', ['联盟名称', '联盟名称：'])?.alias).toBe('联盟名称');
  });

  it('returns null for an empty alias list or an empty candidate', () => {
    expect(matchLabel('联盟名称', [])).toBeNull();
    expect(matchLabel('', aliases)).toBeNull();
  });
});

describe('splitLabelValue', () => {
  it('splits on the first full-width colon', () => {
    expect(splitLabelValue('联盟名称：河南省XX联盟')).toEqual({ label: '联盟名称', value: '河南省XX联盟' });
  });

  it('splits on a half-width colon and trims both parts', () => {
    expect(splitLabelValue(' 联盟名称 :  X ')).toEqual({ label: '联盟名称', value: 'X' });
  });

  it('keeps later colons in the value', () => {
    expect(splitLabelValue('时间：2020年9月21日 10:30')).toEqual({ label: '时间', value: '2020年9月21日 10:30' });
  });

  it('returns an empty value for a label without an answer', () => {
    expect(splitLabelValue('联盟名称：')).toEqual({ label: '联盟名称', value: '' });
  });

  it('accepts a label of exactly MAX_LABEL_LENGTH characters but not longer', () => {
    const label = '联'.repeat(MAX_LABEL_LENGTH);
    expect(splitLabelValue(`${label}：值`)?.label).toBe(label);
    expect(splitLabelValue(`${label}联：值`)).toBeNull();
  });

  it('returns null without a colon, with an empty label, for times and for URLs', () => {
    expect(splitLabelValue('联盟名称 河南省XX联盟')).toBeNull();
    expect(splitLabelValue('：值')).toBeNull();
    expect(splitLabelValue('10:30')).toBeNull();
    expect(splitLabelValue('http://example.com')).toBeNull();
  });
});

describe('splitLabelValues', () => {
  it('cuts a value where a further known label starts, and reads that field too', () => {
    expect(splitLabelValues('牵头单位（盖章）：某科技有限公司　　填报日期：2022年3月1日')).toEqual([
      { label: '牵头单位（盖章）', value: '某科技有限公司' },
      { label: '填报日期', value: '2022年3月1日' },
    ]);
  });
  it('leaves a value with no further label whole', () => {
    expect(splitLabelValues('联盟名称：河南省某产业技术创新战略联盟')).toEqual([{ label: '联盟名称', value: '河南省某产业技术创新战略联盟' }]);
  });
});
