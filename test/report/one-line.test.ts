import { describe, expect, it } from 'vitest';
import { oneLine } from '../../src/report/one-line.js';

describe('oneLine', () => {
  it('turns every kind of line break into a space so that input cannot start a new line', () => {
    expect(oneLine('a\nb\r\nc\rd\u2028e\u2029f\u0085g')).toBe('a b c d e f g');
  });

  it('turns a terminal escape sequence into plain text', () => {
    expect(oneLine('\u001b[2J\u001b]0;title\u0007名称')).toBe('[2J ]0;title 名称');
  });

  it('collapses a run of breaks and tabs into one space and trims the ends', () => {
    expect(oneLine('\n\n  甲方\t\t乙方 \n')).toBe('甲方 乙方');
  });

  it('shows bidi controls', () => {
    expect(oneLine('rtl\u202Egpj.exe')).toBe('rtl⟨U+202E⟩gpj.exe');
  });

  it('renders null and undefined as empty and numbers as text', () => {
    expect([oneLine(null), oneLine(undefined), oneLine(12)]).toEqual(['', '', '12']);
  });
});
