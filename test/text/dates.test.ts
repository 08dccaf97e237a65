import { describe, expect, it } from 'vitest';
import { findDates, parseDate } from '../../src/text/dates.js';

describe('parseDate', () => {
  it.each([
    ['2020年9月21日', '2020-09-21'],
    ['2020年09月21日', '2020-09-21'],
    ['2020年9月21号', '2020-09-21'],
    ['2020-09-21', '2020-09-21'],
    ['2020/9/21', '2020-09-21'],
    ['2020.9.21', '2020-09-21'],
    ['二〇二〇年九月二十一日', '2020-09-21'],
    ['二零二零年十二月三十一日', '2020-12-31'],
    ['2020 年 9 月 21 日', '2020-09-21'],
    ['２０２０年９月２１日', '2020-09-21'],
    ['20200921', '2020-09-21'],
  ])('reads %j as %s', (s, iso) => {
    expect(parseDate(s)).toBe(iso);
  });

  it('returns year-month when no day is written', () => {
    expect(parseDate('2020年9月')).toBe('2020-09');
    expect(parseDate('2020-09')).toBe('2020-09');
    expect(parseDate('2020.09')).toBe('2020-09');
    expect(parseDate('二〇二〇年九月')).toBe('2020-09');
  });

  it('returns the year alone when only a year is written', () => {
    expect(parseDate('2020年')).toBe('2020');
    expect(parseDate('二〇二〇年')).toBe('2020');
  });

  it('finds the first date inside longer text', () => {
    expect(parseDate('签署日期：2020年9月21日（盖章）')).toBe('2020-09-21');
  });

  it('rejects impossible dates', () => {
    expect(parseDate('2021-02-29')).toBeNull();
    expect(parseDate('2020年13月')).toBeNull();
    expect(parseDate('2020-04-31')).toBeNull();
    expect(parseDate('20201301')).toBeNull();
  });

  it('accepts 29 February in leap years', () => {
    expect(parseDate('2020-02-29')).toBe('2020-02-29');
  });

  it('does not read a one-digit "year.month" as a date because it looks like a decimal', () => {
    expect(parseDate('2020.9')).toBeNull();
  });

  it('rejects mixed separators and years outside the accepted range', () => {
    expect(parseDate('2020-09/21')).toBe('2020-09');
    expect(parseDate('1234年')).toBeNull();
  });

  it('returns null for text without a date', () => {
    expect(parseDate('')).toBeNull();
    expect(parseDate('联盟名称')).toBeNull();
    expect(parseDate('12.5亿元')).toBeNull();
  });
});

describe('findDates', () => {
  it('lists all dates in order with their offsets and original text', () => {
    expect(findDates('自2020年9月至2023年9月，签署于2020-09-21，二〇二〇年十二月')).toEqual([
      { iso: '2020-09', index: 1, text: '2020年9月' },
      { iso: '2023-09', index: 9, text: '2023年9月' },
      { iso: '2020-09-21', index: 20, text: '2020-09-21' },
      { iso: '2020-12', index: 31, text: '二〇二〇年十二月' },
    ]);
  });

  it('reports the original full-width text', () => {
    expect(findDates('于２０２０年９月')).toEqual([{ iso: '2020-09', index: 1, text: '２０２０年９月' }]);
  });

  it('does not split a year range into dates', () => {
    expect(findDates('2020-2023')).toEqual([]);
  });

  it('returns an empty list for text without dates', () => {
    expect(findDates('')).toEqual([]);
  });
});
