import { describe, expect, it } from 'vitest';
import { parseSlotLine, signatureMark } from '../../src/text/signature-slots.js';

describe('parseSlotLine', () => {
  it.each([
    ['乙方（盖章）：乙理工学院', { kind: 'party', alias: '乙方', name: '乙理工学院', seal: true }],
    ['甲方（盖章）：', { kind: 'party', alias: '甲方', name: '', seal: true }],
    ['成员单位（公章）：甲科技有限公司', { kind: 'party', alias: '成员单位', name: '甲科技有限公司', seal: true }],
    ['法定代表人（签字）：张伟', { kind: 'signer', label: '法定代表人（签字）', mark: '张伟' }],
    ['法定代表人或授权代表（签字）：', { kind: 'signer', label: '法定代表人或授权代表（签字）', mark: '' }],
    ['日期：2020年8月1日', { kind: 'date', text: '2020年8月1日' }],
    ['单位公章：', { kind: 'seal', label: '单位公章', mark: '' }],
  ])('%j', (line, slot) => expect(parseSlotLine(line)).toEqual(slot));

  it('is null for other lines', () => expect(parseSlotLine('本协议一式十二份。')).toBeNull());
});

describe('signatureMark', () => {
  it.each(['（签字）', '年  月  日', '（盖章）', ''])('leaves nothing of the placeholder %j', (t) => expect(signatureMark(t)).toBe(''));
  it('keeps a name', () => expect(signatureMark('张伟')).toBe('张伟'));
});

describe('a line of two slots', () => {
  it('reads the first slot up to where the second starts', () => {
    expect(parseSlotLine('某联盟（章）：理事长签字（章）：年 月 日')).toEqual({ kind: 'seal', label: '某联盟（章）', mark: '' });
  });
});
