import { describe, expect, it } from 'vitest';
import { sniffFormat } from '../../src/pipeline/sniff.js';
import { craftZip } from '../hostile/craft-zip.js';

describe('sniffFormat reads the format from the bytes, not the name', () => {
  it.each([
    ['a PDF whatever its name', Buffer.from('%PDF-1.7\n...'), 'x.docx', 'pdf'],
    ['a PDF with junk before the header', Buffer.concat([Buffer.alloc(20, 0x20), Buffer.from('%PDF-1.4')]), 'x.pdf', 'pdf'],
    ['a DOCX package', Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.from('....word/document.xml....')]), 'x.pdf', 'docx'],
    ['another zip', Buffer.from('PK\u0003\u0004 other content'), 'x.zip', 'zip'],
    ['a legacy Word file', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]), 'x.doc', 'doc'],
    ['a password-protected DOCX (OLE2 holding an EncryptedPackage)', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(500), Buffer.from('EncryptedPackage', 'utf16le')]), 'x.docx', 'office-encrypted'],
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

describe('sniffFormat tells zip packages apart by their entries', () => {
  const zip = (...names: string[]) => craftZip(names.map((name) => ({ name, content: Buffer.from('<x/>') })));
  const odf = (mimetype: string) => craftZip([{ name: 'mimetype', content: Buffer.from(mimetype), method: 'stored' }, { name: 'content.xml', content: Buffer.from('<x/>') }]);
  it.each([
    ['a Word document', zip('[Content_Types].xml', 'word/document.xml'), 'docx'],
    ['an Excel workbook', zip('[Content_Types].xml', 'xl/workbook.xml'), 'xlsx'],
    ['a PowerPoint deck', zip('[Content_Types].xml', 'ppt/presentation.xml'), 'pptx'],
    ['an OpenDocument text', odf('application/vnd.oasis.opendocument.text'), 'odt'],
    ['an OpenDocument spreadsheet', odf('application/vnd.oasis.opendocument.spreadsheet'), 'ods'],
    ['an OpenDocument presentation', odf('application/vnd.oasis.opendocument.presentation'), 'odp'],
    ['a zip of documents (a nested archive)', zip('材料/建议书.docx', '材料/章程.pdf'), 'zip'],
    ['a zip holding a DOCX file (not a DOCX itself)', craftZip([{ name: 'a.docx', content: zip('word/document.xml'), method: 'stored' }]), 'zip'],
    ['a RAR archive', Buffer.from('Rar!\u001a\u0007\u0000rest', 'latin1'), 'rar'],
    ['a 7z archive', Buffer.from([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c, 0, 4]), '7z'],
  ])('%s', (_what, bytes, format) => {
    expect(sniffFormat(bytes, 'x.docx')).toBe(format);
  });
});
