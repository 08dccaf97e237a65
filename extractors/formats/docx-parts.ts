/**
 * The parts of a DOCX as mammoth reads them, through our zip reader and the run's budgets instead
 * of mammoth's own JSZip: mammoth asks for each part it parses (content types, relationships,
 * styles, numbering, notes, comments, the main document, wherever the relationships point), and
 * each is inflated with its bytes capped at `limits.docxPartBytes` and its XML elements counted as
 * they are inflated against `limits.xmlElements`. Parts mammoth never asks for (images,
 * embedded files) are never inflated. Since mammoth holds every part it parsed at once, the
 * parts are budgeted together as well: their bytes count toward `docxPartBytes` and their elements
 * toward `xmlElements` as a whole; a part alone over a budget is named as such, else the message
 * says the parts together passed it.
 */
import { byteSize, LimitExceededError, type Limits } from '../../src/model/limits.js';
import { ZipArchive, type ChunkHandler } from './zip.js';

/** The zip file interface mammoth accepts as `{ file }` input (see mammoth's lib/unzip.js). */
export interface MammothZipFile {
  exists(name: string): boolean;
  read(name: string, encoding?: string): Promise<string | Uint8Array>;
  write(name: string, contents: string): void;
  toArrayBuffer(): Promise<ArrayBuffer>;
}

const LT = 0x3c;
const NOT_START_TAG = new Set([0x2f, 0x21, 0x3f]); // '/', '!', '?'

/**
 * Opens a DOCX for mammoth. Throws ZipFormatError when it is no readable zip and
 * LimitExceededError for too many entries; reading a part throws LimitExceededError (docxPartBytes,
 * xmlElements) or ZipEntryError (encrypted, damaged).
 */
export function budgetedDocxFile(bytes: Buffer, limits: Limits): MammothZipFile {
  const zip = ZipArchive.open(bytes, limits.zipEntries);
  const elements = { total: 0 };
  let inflated = 0;
  return {
    exists: (name) => zip.get(name)?.isDirectory === false,
    async read(name, encoding) {
      const entry = zip.get(name);
      if (!entry) throw new Error(`DOCX 中没有部件 ${name}`);
      const max = limits.docxPartBytes;
      if (entry.size > max) throw new LimitExceededError('docxPartBytes', max, `DOCX 部件 ${name} 解压后为 ${byteSize(entry.size)}`);
      if (inflated + entry.size > max) throw new LimitExceededError('docxPartBytes', max, `DOCX 各部件合计（读到 ${name} 时）`);
      inflated += entry.size;
      const data = await zip.read(entry, encoding && encoding !== 'base64' ? elementCounter(name, elements, limits.xmlElements) : undefined);
      if (encoding === 'base64') return data.toString('base64');
      return encoding ? new TextDecoder(encoding).decode(data) : new Uint8Array(data.buffer, data.byteOffset, data.length);
    },
    write() {
      throw new Error('DOCX is read only here');
    },
    toArrayBuffer() {
      return Promise.reject(new Error('DOCX is read only here'));
    },
  };
}

/**
 * Counts start tags (`<` followed by anything but `/`, `!` or `?`) in a part's bytes as they are
 * inflated, across chunk boundaries, adding them to the DOCX's running total; throws
 * LimitExceededError as soon as the total passes `max`. Text in comments or CDATA may count a
 * little high, never low.
 */
export function elementCounter(name: string, elements: { total: number }, max: number): ChunkHandler {
  let inPart = 0;
  let afterLt = false;
  return (chunk) => {
    let found = afterLt && chunk.length > 0 && !NOT_START_TAG.has(chunk[0]) ? 1 : 0;
    for (let at = chunk.indexOf(LT); at >= 0; at = chunk.indexOf(LT, at + 1)) {
      if (at + 1 < chunk.length && !NOT_START_TAG.has(chunk[at + 1])) found++;
    }
    afterLt = chunk.length > 0 && chunk[chunk.length - 1] === LT;
    inPart += found;
    elements.total += found;
    if (inPart > max) throw new LimitExceededError('xmlElements', max, `DOCX 部件 ${name}`);
    if (elements.total > max) throw new LimitExceededError('xmlElements', max, `DOCX 各部件合计（读到 ${name} 时）`);
  };
}
