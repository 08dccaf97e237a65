import { describe, expect, it } from 'vitest';
import { organizationCodeCheckChar } from '../../src/text/credit-code.js';
import { isAnswerText, isCodeText, isDateText, isPersonName, isRowNumber, isUnitName, memberTypeWord, withoutCodes } from '../../src/text/cell-content.js';

describe('cell content', () => {
  it.each(['甲科技有限公司', '汴梁工业大学', '河南省汽车工程研究院', '某某农民专业合作社'])('%j is a unit name', (t) => expect(isUnitName(t)).toBe(true));
  it.each(['张伟', '企业', '甲公司：负责协调', '单位（盖章）'])('%j is not a unit name', (t) => expect(isUnitName(t)).toBe(false));
  it.each(['张伟', '欧阳明月', '买买提·艾力'])('%j is a person name', (t) => expect(isPersonName(t)).toBe(true));
  it.each(['2020年8月14日', '二〇二〇年八月十四', '2020-08-14'])('%j is a date', (t) => expect(isDateText(t)).toBe(true));
  it.each(['91410100MA44ABCD1F', '（12410000415800000T）', `41580000-${organizationCodeCheckChar('41580000')}`])('%j holds a code', (t) => expect(isCodeText(t)).toBe(true));
  it.each([
    ['企业', 'enterprise'],
    ['高等院校', 'university'],
    ['科研院所', 'institute'],
    ['其他', 'other'],
    ['理事长单位', null],
  ] as const)('type word %j → %s', (t, type) => expect(memberTypeWord(t)).toBe(type));
  it.each(['1', '12', '（3）', '一'])('%j is a row number', (t) => expect(isRowNumber(t)).toBe(true));
  it('takes codes and their labels out of a name cell', () => {
    expect(withoutCodes('甲科技有限公司\n统一社会信用代码：91410100MA44ABCD1F')).toBe('甲科技有限公司');
    expect(withoutCodes('乙研究院（12410000415800000T）')).toBe('乙研究院');
    expect(withoutCodes('丙公司（统一社会信用代码：91410100MA44ABCD1F）')).toBe('丙公司');
  });
  it.each(['12', '10个', '3.2%', '八百五十万元', '十一家', '有', '☑是 □否'])('%j is an answer', (t) => expect(isAnswerText(t)).toBe(true));
  it.each(['成员总数', '近3年获专利等知识产权数量', '牵头单位本年度科研投入'])('%j is a label', (t) => expect(isAnswerText(t)).toBe(false));
});
