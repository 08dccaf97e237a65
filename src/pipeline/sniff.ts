import type { SniffedFormat } from '../model/submission.js';

const OLE2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** The file's format from its bytes (the extension is only used to tell .wps from .doc, both OLE2). */
export function sniffFormat(bytes: Buffer, name = ''): SniffedFormat {
  if (bytes.length === 0) return 'empty';
  const head = bytes.subarray(0, 1024);
  if (head.indexOf('%PDF-') >= 0) return 'pdf';
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
    return bytes.indexOf('word/document.xml') >= 0 || bytes.indexOf('word/_rels') >= 0 ? 'docx' : 'zip';
  }
  if (head.subarray(0, 8).equals(OLE2)) return /\.wps$/iu.test(name) ? 'wps' : 'doc';
  if (head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  const tiff = head.subarray(0, 4).toString('latin1');
  if (tiff === 'II*\u0000' || tiff === 'MM\u0000*') return 'tiff';
  return 'unknown';
}
