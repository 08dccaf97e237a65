import { describe, expect, it } from 'vitest';
import { decodeName, displayName, safeRelativePath } from '../../../extractors/formats/zip-names.js';

describe('decodeName reads names as UTF-8 when valid, else GBK', () => {
  it.each([
    ['ASCII', Buffer.from('report.docx'), 'report.docx'],
    ['UTF-8 Chinese', Buffer.from('申报书.docx'), '申报书.docx'],
    ['GBK Chinese (not valid UTF-8)', Buffer.from([0xc9, 0xea, 0xb1, 0xa8, 0xca, 0xe9]), '申报书'],
  ])('%s', (_what, raw, name) => expect(decodeName(raw)).toBe(name));
});

describe('safeRelativePath keeps names inside their folder and free of control characters', () => {
  it.each([
    ['zip-slip', '../../x.docx', 'x.docx'],
    ['absolute', '/etc/passwd', 'etc/passwd'],
    ['Windows drive and backslashes', 'C:\\Users\\材料\\a.docx', 'Users/材料/a.docx'],
    ['dots in the middle', 'a/./b/../c.pdf', 'a/b/c.pdf'],
    ['control and bidi characters', 'a\nb\u202egpj.docx', 'abgpj.docx'],
    ['trailing dots and spaces', 'folder. /name.docx ', 'folder/name.docx'],
    ['nothing left', '../..', ''],
  ])('%s', (_what, name, safe) => expect(safeRelativePath(name)).toBe(safe));

  it('shows an empty name as 「（无名）」', () => expect(displayName('..')).toBe('（无名）'));
});
