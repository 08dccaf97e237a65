import { describe, expect, it } from 'vitest';
import { escapeBidiInJson, showBidi } from '../../src/report/bidi.js';
import { RAW_BIDI } from './hostile-text.js';

const EVERY_BIDI = '\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c';

describe('showBidi', () => {
  it('shows a right-to-left override as its code point so that rtl\\u202Egpj.exe cannot pass for a .jpg', () => {
    expect(showBidi('rtl\u202Egpj.exe')).toBe('rtl⟨U+202E⟩gpj.exe');
  });

  it('shows every embedding, override, isolate and mark and leaves no bidi control behind', () => {
    const shown = showBidi(EVERY_BIDI);
    expect(shown).toBe('⟨U+202A⟩⟨U+202B⟩⟨U+202C⟩⟨U+202D⟩⟨U+202E⟩⟨U+2066⟩⟨U+2067⟩⟨U+2068⟩⟨U+2069⟩⟨U+200E⟩⟨U+200F⟩⟨U+061C⟩');
  });

  it('leaves Chinese text, zero-width joiners and other punctuation as they are', () => {
    expect(showBidi('河南省新材料产业技术创新战略联盟（2020）—\u200d')).toBe('河南省新材料产业技术创新战略联盟（2020）—\u200d');
  });
});

describe('escapeBidiInJson', () => {
  it('writes bidi controls in JSON strings as \\u escapes and parses back to the same data', () => {
    const data = { file: `rtl\u202Egpj.exe${EVERY_BIDI}`, n: 1 };
    const json = escapeBidiInJson(JSON.stringify(data, null, 2));
    expect(json).toContain('rtl\\u202egpj.exe');
    expect(json).not.toMatch(RAW_BIDI);
    expect(JSON.parse(json)).toEqual(data);
  });
});
