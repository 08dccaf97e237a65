import { describe, expect, it } from 'vitest';
import { hasAnswer, isNoneAnswer, parseYesNo } from '../../src/text/answers.js';

describe('hasAnswer', () => {
  it.each(['', '   ', '____', '个', '    万元', '个，其中：', '年    月    日', '——', '/'])('treats %j as a blank form answer', (v) => expect(hasAnswer(v)).toBe(false));
  it.each(['12个', '0人', '郑州大学', '无', '张伟'])('treats %j as an answer', (v) => expect(hasAnswer(v)).toBe(true));
});

describe('isNoneAnswer', () => {
  it.each(['', '无', '没有', '暂无', '不适用', '——', '/', '－'])('reads %j as "none"', (v) => expect(isNoneAnswer(v)).toBe(true));
  it.each(['国家科技进步二等奖1项', '有', '无机材料奖'])('reads %j as something', (v) => expect(isNoneAnswer(v)).toBe(false));
});

describe('parseYesNo', () => {
  it.each([
    ['是', true],
    ['有，无偿开放', true],
    ['已单独列示', true],
    ['☑有 □无', true],
    ['无', false],
    ['没有', false],
    ['未单独体现', false],
    ['□有 ☑无', false],
  ] as const)('reads %j as %s', (text, value) => expect(parseYesNo(text)).toBe(value));

  it.each(['', '详见附件', '□有 □无'])('reads %j as neither', (text) => expect(parseYesNo(text)).toBeNull());
});
