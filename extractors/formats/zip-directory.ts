/**
 * The directory of a zip archive read from its bytes: the end-of-central-directory record (ZIP64
 * included), the central directory and each entry's local header, with every offset and size
 * checked against the file before anything is inflated. Entries whose data overlap (the trick of
 * the overlapping zip bombs) or lie outside the file make the archive unreadable; more entries than
 * the budget are refused from the record's count, before the directory is read.
 */
import { crc32 } from 'node:zlib';
import { LimitExceededError } from '../../src/model/limits.js';
import { decodeEntryName, displayName } from './zip-names.js';

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const EOCD_SIZE = 22;
const CENTRAL_SIZE = 46;
const LOCAL_SIZE = 30;
const MAX_COMMENT = 0xffff;
const FLAG_ENCRYPTED = 0x0001;
const FLAG_UTF8 = 0x0800;
const EXTRA_ZIP64 = 0x0001;
const EXTRA_UNICODE_PATH = 0x7075;

/** One entry of a zip's central directory, with the position of its data checked. */
export interface ZipEntry {
  /** Name as stored, decoded (see decodeEntryName); may hold `..`, `/`, `\` or a drive: show it through safeRelativePath. */
  name: string;
  /** The stored name bytes. */
  rawName: Buffer;
  /** A folder entry (name ends with a slash). */
  isDirectory: boolean;
  /** Compression method (0 stored, 8 deflate; others are not read). */
  method: number;
  /** Encrypted (general purpose flag bit 0). */
  encrypted: boolean;
  crc32: number;
  compressedSize: number;
  /** Uncompressed size as declared: inflation never goes past it, and budgets refuse it early; it is not trusted beyond that. */
  size: number;
  /** Where the entry's local header starts in the file. */
  headerOffset: number;
  /** Where the entry's compressed data starts in the file. */
  dataOffset: number;
}

/** The archive as a whole cannot be read; the message (Chinese) says why. */
export class ZipFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ZipFormatError';
  }
}

interface EndRecord {
  entries: number;
  cdSize: number;
  cdOffset: number;
  /** Where the record (or the ZIP64 record) starts: the central directory ends there. */
  position: number;
}

/** Reads and checks the central directory of a zip held in memory; refuses more than `maxEntries` entries before reading them. */
export function readZipDirectory(bytes: Buffer, maxEntries: number): ZipEntry[] {
  const end = readEndRecord(bytes);
  if (end.entries > maxEntries) throw new LimitExceededError('zipEntries', maxEntries, `压缩包有 ${end.entries.toLocaleString('en-US')} 个条目`);
  const shift = prefixLength(bytes, end);
  const cdStart = end.cdOffset + shift;
  const entries: ZipEntry[] = [];
  let at = cdStart;
  for (let i = 0; i < end.entries; i++) {
    const { entry, next } = readCentralHeader(bytes, at, end.position, shift);
    entries.push(entry);
    at = next;
  }
  if (at + 4 <= end.position && bytes.readUInt32LE(at) === CENTRAL) throw new ZipFormatError('压缩包目录中的条目多于记录的条目数');
  checkSpans(entries, cdStart);
  return entries;
}

/**
 * Bytes prepended to the archive (a self-extractor stub), which shift every recorded offset: none
 * when the central directory is where the record says, else the distance to where it ends.
 */
function prefixLength(bytes: Buffer, end: EndRecord): number {
  const isCentral = (at: number) => at >= 0 && at + 4 <= bytes.length && bytes.readUInt32LE(at) === CENTRAL;
  if (end.entries === 0 || isCentral(end.cdOffset)) return 0;
  const shift = end.position - end.cdSize - end.cdOffset;
  if (shift > 0 && isCentral(end.cdOffset + shift)) return shift;
  throw new ZipFormatError('压缩包目录位置无效（文件不完整或已损坏）');
}

function readEndRecord(bytes: Buffer): EndRecord {
  const position = findEndRecord(bytes);
  if (position < 0) throw new ZipFormatError('找不到压缩包目录（文件不完整或不是 ZIP 压缩包）');
  if (bytes.readUInt16LE(position + 4) !== 0 || bytes.readUInt16LE(position + 6) !== 0) throw new ZipFormatError('不支持分卷压缩包');
  const record = { entries: bytes.readUInt16LE(position + 10), cdSize: bytes.readUInt32LE(position + 12), cdOffset: bytes.readUInt32LE(position + 16), position };
  const locator = position - 20;
  const zip64 = locator >= 0 && bytes.readUInt32LE(locator) === ZIP64_LOCATOR;
  return zip64 ? readZip64EndRecord(bytes, locator) : record;
}

/** The last end-of-central-directory signature whose comment fits in the file. */
function findEndRecord(bytes: Buffer): number {
  const lowest = Math.max(0, bytes.length - EOCD_SIZE - MAX_COMMENT);
  for (let at = bytes.length - EOCD_SIZE; at >= lowest; at--) {
    if (bytes.readUInt32LE(at) === EOCD && at + EOCD_SIZE + bytes.readUInt16LE(at + 20) <= bytes.length) return at;
  }
  return -1;
}

function readZip64EndRecord(bytes: Buffer, locator: number): EndRecord {
  const recorded = safeNumber(bytes.readBigUInt64LE(locator + 8));
  // The record sits just before its locator; a prefix shifts the recorded offset, so look there first.
  const position = locator - 56 >= 0 && bytes.readUInt32LE(locator - 56) === ZIP64_EOCD ? locator - 56 : recorded;
  if (position + 56 > bytes.length || bytes.readUInt32LE(position) !== ZIP64_EOCD) throw new ZipFormatError('ZIP64 压缩包目录记录已损坏');
  if (bytes.readUInt32LE(position + 16) !== 0 || bytes.readUInt32LE(position + 20) !== 0) throw new ZipFormatError('不支持分卷压缩包');
  return {
    entries: safeNumber(bytes.readBigUInt64LE(position + 32)),
    cdSize: safeNumber(bytes.readBigUInt64LE(position + 40)),
    cdOffset: safeNumber(bytes.readBigUInt64LE(position + 48)),
    position,
  };
}

function safeNumber(value: bigint): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new ZipFormatError('压缩包记录的大小或位置超出范围');
  return Number(value);
}

function readCentralHeader(bytes: Buffer, at: number, cdEnd: number, shift: number): { entry: ZipEntry; next: number } {
  if (at + CENTRAL_SIZE > cdEnd || bytes.readUInt32LE(at) !== CENTRAL) throw new ZipFormatError('压缩包目录已损坏');
  const flags = bytes.readUInt16LE(at + 8);
  const nameLength = bytes.readUInt16LE(at + 28);
  const extraLength = bytes.readUInt16LE(at + 30);
  const next = at + CENTRAL_SIZE + nameLength + extraLength + bytes.readUInt16LE(at + 32);
  if (next > cdEnd) throw new ZipFormatError('压缩包目录已损坏');
  const rawName = bytes.subarray(at + CENTRAL_SIZE, at + CENTRAL_SIZE + nameLength);
  const extra = bytes.subarray(at + CENTRAL_SIZE + nameLength, at + CENTRAL_SIZE + nameLength + extraLength);
  const name = decodeEntryName(rawName, (flags & FLAG_UTF8) !== 0, unicodePath(extra, rawName));
  const sizes = zip64Sizes(extra, { size: bytes.readUInt32LE(at + 24), compressedSize: bytes.readUInt32LE(at + 20), offset: bytes.readUInt32LE(at + 42) });
  const headerOffset = sizes.offset + shift;
  const entry: ZipEntry = {
    name,
    rawName,
    isDirectory: /[/\\]$/u.test(name),
    method: bytes.readUInt16LE(at + 10),
    encrypted: (flags & FLAG_ENCRYPTED) !== 0,
    crc32: bytes.readUInt32LE(at + 16),
    compressedSize: sizes.compressedSize,
    size: sizes.size,
    headerOffset,
    dataOffset: dataOffset(bytes, headerOffset, name),
  };
  return { entry, next };
}

/** Extra fields of a header as id → data. */
function extraFields(extra: Buffer): Map<number, Buffer> {
  const fields = new Map<number, Buffer>();
  for (let at = 0; at + 4 <= extra.length; ) {
    const size = extra.readUInt16LE(at + 2);
    if (at + 4 + size > extra.length) break;
    fields.set(extra.readUInt16LE(at), extra.subarray(at + 4, at + 4 + size));
    at += 4 + size;
  }
  return fields;
}

/** The Info-ZIP Unicode Path field (0x7075): its UTF-8 name when its version is 1 and its CRC matches the stored name. */
function unicodePath(extra: Buffer, rawName: Buffer): string | null {
  const field = extraFields(extra).get(EXTRA_UNICODE_PATH);
  if (!field || field.length < 5 || field[0] !== 1 || field.readUInt32LE(1) !== crc32(rawName)) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(field.subarray(5));
  } catch {
    return null;
  }
}

/** Sizes and offset, taken from the ZIP64 extra field for those the header marks as 0xFFFFFFFF. */
function zip64Sizes(extra: Buffer, header: { size: number; compressedSize: number; offset: number }): { size: number; compressedSize: number; offset: number } {
  const out = { ...header };
  const field = extraFields(extra).get(EXTRA_ZIP64);
  let at = 0;
  for (const key of ['size', 'compressedSize', 'offset'] as const) {
    if (header[key] !== 0xffffffff) continue;
    if (!field || at + 8 > field.length) throw new ZipFormatError('ZIP64 条目缺少大小或位置');
    out[key] = safeNumber(field.readBigUInt64LE(at));
    at += 8;
  }
  return out;
}

function dataOffset(bytes: Buffer, local: number, name: string): number {
  if (local < 0 || local + LOCAL_SIZE > bytes.length || bytes.readUInt32LE(local) !== LOCAL) throw new ZipFormatError(`条目「${displayName(name)}」的位置无效`);
  return local + LOCAL_SIZE + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
}

/** Every entry's header and data lie before the central directory and overlap no other entry's. */
function checkSpans(entries: readonly ZipEntry[], cdStart: number): void {
  const spans = entries
    .map((entry) => ({ entry, start: entry.headerOffset, end: entry.dataOffset + entry.compressedSize }))
    .sort((a, b) => a.start - b.start);
  for (const [i, span] of spans.entries()) {
    if (span.end > cdStart) throw new ZipFormatError(`条目「${displayName(span.entry.name)}」的数据超出文件范围（文件不完整或已损坏）`);
    const next = spans[i + 1];
    if (next && next.start < span.end) throw new ZipFormatError(`条目「${displayName(span.entry.name)}」与「${displayName(next.entry.name)}」的数据重叠（异常构造的压缩包）`);
  }
}

