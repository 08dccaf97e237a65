import { describe, expect, it } from 'vitest';
import { firstTokenWidth, joinWrappedText } from '../../../extractors/formats/pdf-lines.js';

describe('joinWrappedText', () => {
  it('joins CJK without a space, Latin words with one', () => {
    expect(joinWrappedText('技术创新', '目标')).toBe('技术创新目标');
    expect(joinWrappedText('Technical', 'innovation')).toBe('Technical innovation');
  });
  it('joins a number broken by a narrow cell without a space', () => {
    expect(joinWrappedText('1', '0')).toBe('10');
    expect(joinWrappedText('9141010034', '136143PN')).toBe('9141010034136143PN');
  });
});

describe('firstTokenWidth', () => {
  it('counts the punctuation that may not start a line with the token before it', () => {
    expect(firstTokenWidth('916203001703730895；法定代表人', 10)).toBe(100);
  });
});
