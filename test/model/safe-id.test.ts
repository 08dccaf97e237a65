import { describe, expect, it } from 'vitest';
import { safeId } from '../../src/model/safe-id.js';

describe('safeId', () => {
  it('never gives ., .. or an empty name', () => {
    expect(['', '.', '..', '...'].map(safeId)).toEqual(['_', '_', '__', '___']);
  });

  it('replaces path separators, wildcards and quotes', () => {
    expect(safeId('a/b\\c:d*e?f"g<h>i|j')).toBe('a_b_c_d_e_f_g_h_i_j');
    expect(safeId('../../etc')).toBe('_._.._etc');
  });

  it('replaces control characters, line separators and bidi controls', () => {
    expect(safeId('a\nb\u0000c\u007fd\u0085e\u2028f')).toBe('a_b_c_d_e_f');
    expect(safeId('rtl\u202Egpj.exe\u2066\u200f\u061c')).toBe('rtl_gpj.exe___');
  });

  it('replaces a leading dot so that no folder is hidden or takes the manifest name', () => {
    expect(safeId('.filings-manifest.json')).toBe('_filings-manifest.json');
    expect(safeId('.git')).toBe('_git');
  });

  it('replaces trailing dots and spaces, which Windows drops', () => {
    expect(safeId('申报. .')).toBe('申报___');
  });

  it('prefixes Windows device names, alone or before an extension, in any case', () => {
    expect(['CON', 'prn', 'Aux.txt', 'nul.tar.gz', 'COM1', 'lpt9', 'COM¹'].map(safeId)).toEqual(['_CON', '_prn', '_Aux.txt', '_nul.tar.gz', '_COM1', '_lpt9', '_COM¹']);
    expect(['CONSOLE', 'COM10', 'console.log'].map(safeId)).toEqual(['CONSOLE', 'COM10', 'console.log']);
  });

  it('prefixes the name of a batch file so that a folder never takes its place', () => {
    expect(['summary.json', 'Index.HTML', 'red-flags.md'].map(safeId)).toEqual(['_summary.json', '_Index.HTML', '_red-flags.md']);
  });

  it('replaces lone surrogates', () => {
    expect(safeId('a\ud800b\udc00c')).toBe('a_b_c');
    expect(safeId('表情😀')).toBe('表情😀');
  });

  it('cuts a long id to 200 bytes with a hash that keeps two long ids apart', () => {
    const a = safeId(`${'联'.repeat(100)}a`);
    const b = safeId(`${'联'.repeat(100)}b`);
    expect(Buffer.byteLength(a)).toBeLessThanOrEqual(200);
    expect(a).toMatch(/^联+~[0-9a-f]{8}$/u);
    expect(a).not.toBe(b);
  });

  it('keeps ordinary ids as they are and gives the same name for the same id', () => {
    expect(['henan-01-complete-docx', '河南省新材料联盟 2020', 'a_b'].map(safeId)).toEqual(['henan-01-complete-docx', '河南省新材料联盟 2020', 'a_b']);
    expect(safeId('x/y\u202e')).toBe(safeId('x/y\u202e'));
  });

  it('gives a name that is itself safe', () => {
    for (const id of ['', '.', '..', 'CON', 'a/..', ' . ', '\u202e', 'summary.json', `${'x'.repeat(300)}.`]) {
      const name = safeId(id);
      expect(safeId(name)).toBe(name);
      expect(name).not.toMatch(/^\.|[\\/]|[. ]$/u);
    }
  });
});
