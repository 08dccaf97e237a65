/**
 * Minimal DOCX packages for tests, built with craft-zip: the content types, the package
 * relationships and a main document, plus any parts given; a part may be repeated pieces, so that
 * a document.xml of millions of paragraphs or gigabytes takes a few hundred kilobytes.
 */
import { craftZip, type CraftEntry, type Repeated } from './craft-zip.js';

export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const DOCUMENT_OPEN = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W_NS}"><w:body>`;
const DOCUMENT_CLOSE = '</w:body></w:document>';
/** One tiny paragraph: four elements, 35 bytes. */
export const TINY_PARAGRAPH = '<w:p><w:r><w:t>x</w:t></w:r></w:p>';

const CONTENT_TYPES = '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>';

/** A relationships part: id → [type (last path segment), target]. */
export function relationships(rels: Record<string, [string, string]>): string {
  const items = Object.entries(rels).map(([id, [type, target]]) => `<Relationship Id="${id}" Type="${REL}/${type}" Target="${target}"/>`);
  return `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items.join('')}</Relationships>`;
}

/** A main document with this body XML. */
export function documentXml(body: string): string {
  return `${DOCUMENT_OPEN}${body}${DOCUMENT_CLOSE}`;
}

/** A main document of `paragraphs` tiny paragraphs (a multiple of 1000), as repeated pieces. */
export function tinyParagraphs(paragraphs: number): Repeated[] {
  return [
    { piece: Buffer.from(DOCUMENT_OPEN), times: 1 },
    { piece: Buffer.from(TINY_PARAGRAPH.repeat(1000)), times: paragraphs / 1000 },
    { piece: Buffer.from(DOCUMENT_CLOSE), times: 1 },
  ];
}

/** Body XML repeated to about `bytes` bytes, inside a valid main document. */
export function hugeDocument(bytes: number, piece = '<w:p><w:r><w:t>填充内容</w:t></w:r></w:p>'.repeat(2000)): Repeated[] {
  return [
    { piece: Buffer.from(DOCUMENT_OPEN), times: 1 },
    { piece: Buffer.from(piece), times: Math.ceil(bytes / Buffer.byteLength(piece)) },
    { piece: Buffer.from(DOCUMENT_CLOSE), times: 1 },
  ];
}

/**
 * A DOCX with these parts (name → XML text, bytes, repeated pieces, or a full CraftEntry);
 * `[Content_Types].xml`, `_rels/.rels` and `word/document.xml` are filled in unless given.
 */
export function craftDocx(parts: Record<string, string | Buffer | Repeated[] | Omit<CraftEntry, 'name'>> = {}): Buffer {
  const all: typeof parts = {
    '[Content_Types].xml': CONTENT_TYPES,
    '_rels/.rels': relationships({ rId1: ['officeDocument', 'word/document.xml'] }),
    'word/document.xml': documentXml('<w:p><w:r><w:t>联盟章程</w:t></w:r></w:p>'),
    ...parts,
  };
  return craftZip(
    Object.entries(all).map(([name, part]): CraftEntry => {
      if (typeof part === 'string') return { name, content: Buffer.from(part) };
      if (Buffer.isBuffer(part) || Array.isArray(part)) return { name, content: part };
      return { name, ...part };
    }),
  );
}
