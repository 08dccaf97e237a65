import { describe, expect, it } from 'vitest';
import { MONEY_UNIT_TO_WAN, formatWan, parseMoney } from '../../src/text/money.js';

describe('parseMoney', () => {
  it.each([
    ['12.5亿元', 125000, '亿元'],
    ['12.5 亿元', 125000, '亿元'],
    ['１２００万元', 1200, '万元'],
    ['1200 万元', 1200, '万元'],
    ['一千二百万元', 1200, '万元'],
    ['壹仟万元', 1000, '万元'],
    ['3,000万', 3000, '万元'],
    ['1.2亿', 12000, '亿元'],
    ['5000元', 0.5, '元'],
    ['3千万元', 3000, '千万元'],
    ['5百万元', 500, '百万元'],
    ['一亿二千万元', 12000, '万元'],
    ['500万元人民币', 500, '万元'],
  ])('reads %j as %d 万 in unit %s', (s, value, unit) => {
    expect(parseMoney(s)).toMatchObject({ value, unit });
  });

  it('returns the matched text of the amount including its unit', () => {
    expect(parseMoney('注册资金：12.5亿元（人民币）')).toMatchObject({ text: '12.5亿元', value: 125000 });
  });

  it('keeps US dollars in 万美元 and reports the unit instead of converting', () => {
    expect(parseMoney('500万美元')).toMatchObject({ value: 500, unit: '万美元' });
    expect(parseMoney('100美元')).toMatchObject({ value: 0.01, unit: '美元' });
    expect(parseMoney('1.5亿美元')).toMatchObject({ value: 15000, unit: '万美元' });
    expect(parseMoney('US$200')).toMatchObject({ value: 0.02, unit: '美元' });
  });

  it('reads currency prefixes ¥, ￥ and 人民币 as 元', () => {
    expect(parseMoney('¥1,200')).toMatchObject({ value: 0.12, unit: '元', text: '¥1,200' });
    expect(parseMoney('￥500')).toMatchObject({ value: 0.05, unit: '元' });
    expect(parseMoney('人民币500元')).toMatchObject({ value: 0.05, unit: '元', text: '人民币500元' });
  });

  it('skips numbers without a money unit in favour of the first real amount', () => {
    expect(parseMoney('2020年投入1200万元')).toMatchObject({ value: 1200, unit: '万元', text: '1200万元' });
  });

  it('does not read a 万 multiplier followed by a measure word as money', () => {
    expect(parseMoney('服务3万人')).toBeNull();
  });

  it('prefers an explicit unit over the default unit', () => {
    expect(parseMoney('1.2亿元', '万元')).toMatchObject({ value: 12000, unit: '亿元' });
  });

  it('reads a bare number in the default unit', () => {
    expect(parseMoney('1200', '万元')).toMatchObject({ value: 1200, unit: '万元', text: '1200' });
    expect(parseMoney('1.5', '亿元')).toMatchObject({ value: 15000, unit: '亿元' });
    expect(parseMoney('500', '元')).toMatchObject({ value: 0.05, unit: '元' });
  });

  it('skips years, percentages and counts when applying the default unit', () => {
    expect(parseMoney('2020年 1.5', '亿元')).toMatchObject({ value: 15000 });
    expect(parseMoney('占5% 共300', '万元')).toMatchObject({ value: 300 });
    expect(parseMoney('12家', '万元')).toBeNull();
  });

  it('returns null when there is no unit and no default unit', () => {
    expect(parseMoney('1200')).toBeNull();
  });

  it('returns null for blank or number-free text', () => {
    expect(parseMoney('', '万元')).toBeNull();
    expect(parseMoney('____', '万元')).toBeNull();
    expect(parseMoney('万元', '万元')).toBeNull();
  });

  it('normalises every unit with MONEY_UNIT_TO_WAN', () => {
    expect(MONEY_UNIT_TO_WAN['亿元']).toBe(10000);
    expect(MONEY_UNIT_TO_WAN['元']).toBe(0.0001);
  });
});

describe('formatWan', () => {
  it('formats amounts of at least 10000 万元 in 亿元', () => {
    expect(formatWan(125000)).toBe('12.5亿元');
    expect(formatWan(10000)).toBe('1亿元');
    expect(formatWan(-20000)).toBe('-2亿元');
  });

  it('formats smaller amounts in 万元', () => {
    expect(formatWan(1200)).toBe('1200万元');
    expect(formatWan(0.12)).toBe('0.12万元');
    expect(formatWan(0)).toBe('0万元');
  });

  it('rounds to at most four decimals', () => {
    expect(formatWan(123456)).toBe('12.3456亿元');
    expect(formatWan(1.234567)).toBe('1.2346万元');
  });
});
