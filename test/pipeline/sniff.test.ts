import { describe, expect, it } from 'vitest';
import { sniffFormat } from '../../src/pipeline/sniff.js';

describe('sniffFormat reads the format from the bytes, not the name', () => {
  it.each([
    ['a PDF whatever its name', Buffer.from('%PDF-1.7\n...'), 'x.docx', 'pdf'],
    ['a PDF with junk before the header', Buffer.concat([Buffer.alloc(20, 0x20), Buffer.from('%PDF-1.4')]), 'x.pdf', 'pdf'],
    ['a DOCX package', Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.from('....word/document.xml....')]), 'x.pdf', 'docx'],
    ['another zip', Buffer.from('PK\u0003\u0004 other content'), 'x.zip', 'zip'],
    ['a legacy Word file', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]), 'x.doc', 'doc'],
    ['a WPS file (OLE2 named .wps)', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]), 'x.wps', 'wps'],
    ['a PNG', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]), 'scan.pdf', 'png'],
    ['a JPEG', Buffer.from([0xff, 0xd8, 0xff, 0xe0]), 'scan', 'jpeg'],
    ['a TIFF', Buffer.from('II*\u0000rest', 'latin1'), 'scan.tif', 'tiff'],
    ['an empty file', Buffer.alloc(0), 'x.docx', 'empty'],
    ['plain text', Buffer.from('hello'), 'x.docx', 'unknown'],
  ])('%s', (_what, bytes, name, format) => {
    expect(sniffFormat(bytes, name)).toBe(format);
  });
});
