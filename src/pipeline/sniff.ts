import { DEFAULT_LIMITS } from '../model/limits.js';
import type { SniffedFormat } from '../model/submission.js';
import { ZipArchive } from '../../extractors/formats/zip.js';

const OLE2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
/** The stream a password-protected OOXML file keeps inside its OLE2 container, as the directory names it (UTF-16LE). */
const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le');
const RAR = Buffer.from('Rar!\u001a\u0007', 'latin1');
const SEVEN_ZIP = Buffer.from([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]);
const ODF_MIMETYPES: Record<string, SniffedFormat> = {
  'application/vnd.oasis.opendocument.text': 'odt',
  'application/vnd.oasis.opendocument.spreadsheet': 'ods',
  'application/vnd.oasis.opendocument.presentation': 'odp',
};

/** The file's format from its bytes (the extension is only used to tell .wps from .doc, both OLE2). */
export function sniffFormat(bytes: Buffer, name = ''): SniffedFormat {
  if (bytes.length === 0) return 'empty';
  const head = bytes.subarray(0, 1024);
  if (head.indexOf('%PDF-') >= 0) return 'pdf';
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return zipKind(bytes);
  if (head.subarray(0, 8).equals(OLE2)) return bytes.indexOf(ENCRYPTED_PACKAGE) >= 0 ? 'office-encrypted' : /\.wps$/iu.test(name) ? 'wps' : 'doc';
  if (head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  const tiff = head.subarray(0, 4).toString('latin1');
  if (tiff === 'II*\u0000' || tiff === 'MM\u0000*') return 'tiff';
  if (head.subarray(0, RAR.length).equals(RAR)) return 'rar';
  if (head.subarray(0, SEVEN_ZIP.length).equals(SEVEN_ZIP)) return '7z';
  return 'unknown';
}

/**
 * What a zip holds, from its directory: a Word document (`word/`), an Excel workbook (`xl/`), a
 * PowerPoint deck (`ppt/`), an OpenDocument file (its stored `mimetype` entry), else a plain
 * archive. A zip whose directory cannot be read (truncated, too many entries) is told by the names
 * in its local headers: a DOCX when `word/` parts appear, so that it is reported as a damaged DOCX.
 */
function zipKind(bytes: Buffer): SniffedFormat {
  let names: string[];
  let zip: ZipArchive;
  try {
    zip = ZipArchive.open(bytes, DEFAULT_LIMITS.zipEntries);
    names = zip.entries.map((e) => e.name);
  } catch {
    return bytes.indexOf('word/document.xml') >= 0 || bytes.indexOf('word/_rels') >= 0 ? 'docx' : 'zip';
  }
  if (names.some((n) => n.startsWith('word/'))) return 'docx';
  if (names.some((n) => n.startsWith('xl/'))) return 'xlsx';
  if (names.some((n) => n.startsWith('ppt/'))) return 'pptx';
  const mimetype = zip.get('mimetype');
  if (mimetype && mimetype.method === 0 && mimetype.size < 100) {
    const stored = bytes.subarray(mimetype.dataOffset, mimetype.dataOffset + mimetype.size).toString('latin1').trim();
    return ODF_MIMETYPES[stored] ?? 'zip';
  }
  return 'zip';
}
