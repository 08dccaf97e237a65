/**
 * Builds zip archives byte by byte for tests, hostile ones included: names as raw bytes with or
 * without the UTF-8 flag, an Info-ZIP Unicode Path field, declared sizes and CRCs that lie, an
 * encrypted flag, other methods, entries sharing one local header (overlap), ZIP64 records, a
 * prefix before the archive, and entries of many gigabytes built in a moment: a piece compressed
 * once with a full flush is a self-contained deflate block, so the same block repeated N times
 * inflates to the piece N times.
 */
import { constants, crc32, deflateRawSync } from 'node:zlib';

/** A piece of content repeated `times` times (the inflated size is piece × times). */
export interface Repeated {
  piece: Buffer;
  times: number;
}

export interface CraftEntry {
  /** The stored name: a string (written as UTF-8) or raw bytes (GBK, say). */
  name: string | Buffer;
  /** Bytes, or repeated pieces (deflate only) for huge entries. */
  content?: Buffer | Repeated[];
  /** Default deflate; a number writes that method id with the content stored as is. */
  method?: 'stored' | 'deflate' | number;
  /** General purpose bit 11; default: the name is a string with non-ASCII characters. */
  utf8?: boolean;
  /** Uncompressed size to record instead of the true one. */
  declaredSize?: number;
  /** CRC to record instead of the true one. */
  crc?: number;
  /** Sets the encrypted flag (the data are not really encrypted). */
  encrypted?: boolean;
  /** An Info-ZIP Unicode Path extra field (0x7075) with this name; `badCrc` makes its CRC wrong. */
  unicodePath?: { name: string; badCrc?: boolean };
  /** This entry's directory record points at the local header of entry i (an overlapping entry). */
  sharesDataWith?: number;
}

export interface CraftOptions {
  /** Entry count to record in the end record (a lie when it differs). */
  declaredEntries?: number;
  /** Bytes before the archive (a self-extractor stub). */
  prefix?: Buffer;
  /** Write ZIP64 end records even when not needed. */
  zip64?: boolean;
}

const MAX32 = 0xffffffff;

/** Deflates pieces, each compressed once with a full flush and repeated, then a final empty block; with their CRC and total size. */
export function deflateRepeated(parts: readonly Repeated[]): { data: Buffer; crc: number; size: number } {
  const blocks: Buffer[] = [];
  let crc = 0;
  let size = 0;
  for (const { piece, times } of parts) {
    const block = deflateRawSync(piece, { finishFlush: constants.Z_FULL_FLUSH });
    for (let i = 0; i < times; i++) {
      blocks.push(block);
      crc = crc32(piece, crc);
    }
    size += piece.length * times;
  }
  blocks.push(Buffer.from([0x03, 0x00]));
  return { data: Buffer.concat(blocks), crc, size };
}

interface Packed {
  raw: Buffer;
  method: number;
  flags: number;
  crc: number;
  size: number;
  data: Buffer;
  extra: Buffer;
}

function pack(entry: CraftEntry): Packed {
  const raw = typeof entry.name === 'string' ? Buffer.from(entry.name, 'utf8') : entry.name;
  const utf8 = entry.utf8 ?? (typeof entry.name === 'string' && /[^\u0000-\u007f]/u.test(entry.name));
  const content = entry.content ?? Buffer.alloc(0);
  const method = entry.method === 'stored' ? 0 : entry.method === undefined || entry.method === 'deflate' ? 8 : entry.method;
  let data: Buffer;
  let crc: number;
  let size: number;
  if (Array.isArray(content)) ({ data, crc, size } = deflateRepeated(content));
  else {
    data = typeof entry.method === 'number' || method === 0 ? content : deflateRawSync(content);
    crc = crc32(content);
    size = content.length;
  }
  const extras: Buffer[] = [];
  if (entry.unicodePath) {
    const name = Buffer.from(entry.unicodePath.name, 'utf8');
    const head = Buffer.alloc(9);
    head.writeUInt16LE(0x7075, 0);
    head.writeUInt16LE(5 + name.length, 2);
    head.writeUInt8(1, 4);
    head.writeUInt32LE(entry.unicodePath.badCrc ? crc32(raw) ^ 1 : crc32(raw), 5);
    extras.push(head, name);
  }
  const flags = (utf8 ? 0x0800 : 0) | (entry.encrypted ? 0x0001 : 0);
  return { raw, method, flags, crc: entry.crc ?? crc, size: entry.declaredSize ?? size, data, extra: Buffer.concat(extras) };
}

/** ZIP64 extra field holding the given values (each 8 bytes). */
function zip64Extra(values: number[]): Buffer {
  if (values.length === 0) return Buffer.alloc(0);
  const out = Buffer.alloc(4 + 8 * values.length);
  out.writeUInt16LE(0x0001, 0);
  out.writeUInt16LE(8 * values.length, 2);
  values.forEach((v, i) => out.writeBigUInt64LE(BigInt(v), 4 + 8 * i));
  return out;
}

function header(signature: number, p: Packed, offset: number | null): Buffer {
  const central = offset !== null;
  const big = [p.size, p.data.length].map((v) => v >= MAX32);
  const offsetBig = central && offset >= MAX32;
  const extra = Buffer.concat([zip64Extra([...(big[0] ? [p.size] : []), ...(big[1] ? [p.data.length] : []), ...(offsetBig ? [offset] : [])]), p.extra]);
  const fixed = Buffer.alloc(central ? 46 : 30);
  fixed.writeUInt32LE(signature, 0);
  if (central) fixed.writeUInt16LE(0x031e, 4); // made by: Unix, 3.0
  const at = central ? 6 : 4; // the fields both headers share start here
  fixed.writeUInt16LE(big.some(Boolean) || offsetBig ? 45 : 20, at);
  fixed.writeUInt16LE(p.flags, at + 2);
  fixed.writeUInt16LE(p.method, at + 4);
  fixed.writeUInt32LE(0, at + 6); // time, date
  fixed.writeUInt32LE(p.crc >>> 0, at + 10);
  fixed.writeUInt32LE(big[1] ? MAX32 : p.data.length, at + 14);
  fixed.writeUInt32LE(big[0] ? MAX32 : p.size, at + 18);
  fixed.writeUInt16LE(p.raw.length, at + 22);
  fixed.writeUInt16LE(extra.length, at + 24);
  if (central) fixed.writeUInt32LE(offsetBig ? MAX32 : offset, 42);
  return Buffer.concat([fixed, p.raw, extra]);
}

/** The archive's bytes. */
export function craftZip(entries: readonly CraftEntry[], options: CraftOptions = {}): Buffer {
  const prefix = options.prefix ?? Buffer.alloc(0);
  const parts: Buffer[] = [prefix];
  const centrals: Buffer[] = [];
  const offsets: number[] = [];
  let at = prefix.length;
  const packed = entries.map(pack);
  for (const [i, entry] of entries.entries()) {
    const p = packed[i];
    if (entry.sharesDataWith !== undefined) {
      offsets.push(offsets[entry.sharesDataWith]);
      centrals.push(header(0x02014b50, { ...packed[entry.sharesDataWith], raw: p.raw, extra: p.extra, flags: p.flags }, offsets[entry.sharesDataWith] - prefix.length));
      continue;
    }
    const local = header(0x04034b50, p, null);
    offsets.push(at);
    centrals.push(header(0x02014b50, p, at - prefix.length));
    parts.push(local, p.data);
    at += local.length + p.data.length;
  }
  const cd = Buffer.concat(centrals);
  const cdOffset = at - prefix.length;
  const count = options.declaredEntries ?? entries.length;
  const zip64 = options.zip64 || count >= 0xffff || cdOffset >= MAX32;
  parts.push(cd);
  if (zip64) {
    const record = Buffer.alloc(56);
    record.writeUInt32LE(0x06064b50, 0);
    record.writeBigUInt64LE(44n, 4);
    record.writeUInt16LE(45, 12);
    record.writeUInt16LE(45, 14);
    record.writeBigUInt64LE(BigInt(count), 24);
    record.writeBigUInt64LE(BigInt(count), 32);
    record.writeBigUInt64LE(BigInt(cd.length), 40);
    record.writeBigUInt64LE(BigInt(cdOffset), 48);
    const locator = Buffer.alloc(20);
    locator.writeUInt32LE(0x07064b50, 0);
    locator.writeBigUInt64LE(BigInt(cdOffset + cd.length), 8);
    locator.writeUInt32LE(1, 16);
    parts.push(record, locator);
  }
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(zip64 ? 0xffff : count, 8);
  end.writeUInt16LE(zip64 ? 0xffff : count, 10);
  end.writeUInt32LE(zip64 ? MAX32 : cd.length, 12);
  end.writeUInt32LE(zip64 ? MAX32 : cdOffset, 16);
  parts.push(end);
  return Buffer.concat(parts);
}
