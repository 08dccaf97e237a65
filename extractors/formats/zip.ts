/**
 * A small zip reader that keeps to a budget: the directory is checked before anything is inflated
 * (zip-directory.ts), and an entry is inflated as a stream into a buffer of its declared size, so
 * that no entry ever yields more than it declared: the caller refuses a declared size over its
 * budget before reading, and an entry whose data inflate past (or short of) its declared size is
 * damaged. Stored and deflated entries are read; encrypted entries and other methods are refused
 * with a message. The CRC of every entry is checked.
 */
import { createInflateRaw, crc32 } from 'node:zlib';
import { readZipDirectory, type ZipEntry } from './zip-directory.js';
import { displayName } from './zip-names.js';

export { ZipFormatError, type ZipEntry } from './zip-directory.js';
export { decodeName, displayName, safeRelativePath } from './zip-names.js';

/** Bytes handed to `onChunk` at a time, and zlib's output chunk size. */
const CHUNK = 256 * 1024;

const METHOD_NAMES: Record<number, string> = { 1: 'Shrink', 6: 'Implode', 9: 'Deflate64', 12: 'BZIP2', 14: 'LZMA', 93: 'Zstandard', 95: 'XZ', 96: 'JPEG', 97: 'WavPack', 98: 'PPMd', 99: 'AES 加密' };

/** One entry cannot be read (encrypted, unsupported method, damaged data); the message (Chinese) names the entry. */
export class ZipEntryError extends Error {
  constructor(
    message: string,
    readonly code: 'encrypted' | 'unsupported' | 'corrupt',
  ) {
    super(message);
    this.name = 'ZipEntryError';
  }
}

/** Called with each piece of an entry's data as it is inflated; throwing stops the inflation. */
export type ChunkHandler = (chunk: Buffer) => void;

/** A zip archive held in memory, its directory read and checked. */
export class ZipArchive {
  private readonly byName: Map<string, ZipEntry>;

  private constructor(
    private readonly bytes: Buffer,
    /** Entries in directory order. */
    readonly entries: readonly ZipEntry[],
  ) {
    this.byName = new Map(entries.map((e) => [e.name, e]));
  }

  /**
   * Opens an archive: throws ZipFormatError when its directory cannot be read or is inconsistent,
   * LimitExceededError (zipEntries) when it records more than `maxEntries` entries.
   */
  static open(bytes: Buffer, maxEntries: number): ZipArchive {
    return new ZipArchive(bytes, readZipDirectory(bytes, maxEntries));
  }

  /** The entry stored under exactly this name. */
  get(name: string): ZipEntry | undefined {
    return this.byName.get(name);
  }

  /**
   * An entry's bytes, inflated into a buffer of its declared size (check that size against the
   * budget first). Throws ZipEntryError when the entry is encrypted, uses another method, inflates
   * to another size than declared or fails its CRC; errors thrown by `onChunk` stop the inflation
   * and are passed on.
   */
  async read(entry: ZipEntry, onChunk?: ChunkHandler): Promise<Buffer> {
    if (entry.encrypted) throw new ZipEntryError(`「${displayName(entry.name)}」已加密，无法解压；请提交未加密的文件`, 'encrypted');
    const data = this.bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
    let out: Buffer;
    if (entry.method === 0) out = storedData(entry, data, onChunk);
    else if (entry.method === 8) out = await inflateInto(entry, data, onChunk);
    else throw new ZipEntryError(`「${displayName(entry.name)}」使用不支持的压缩方式（${METHOD_NAMES[entry.method] ?? `方式 ${entry.method}`}），无法解压；请用常规 ZIP（Deflate）重新压缩`, 'unsupported');
    if (crc32(out) !== entry.crc32) throw new ZipEntryError(`「${displayName(entry.name)}」校验失败（CRC 不符），文件已损坏`, 'corrupt');
    return out;
  }
}

function sizeMismatch(entry: ZipEntry): ZipEntryError {
  return new ZipEntryError(`「${displayName(entry.name)}」解压后的大小与压缩包记录的不符，文件已损坏`, 'corrupt');
}

function storedData(entry: ZipEntry, data: Buffer, onChunk?: ChunkHandler): Buffer {
  if (data.length !== entry.size) throw sizeMismatch(entry);
  for (let at = 0; onChunk && at < data.length; at += CHUNK) onChunk(data.subarray(at, at + CHUNK));
  return data;
}

/** Inflates raw deflate data into a buffer of exactly the declared size, stopping as soon as it would pass it. */
function inflateInto(entry: ZipEntry, data: Buffer, onChunk?: ChunkHandler): Promise<Buffer> {
  const out = Buffer.allocUnsafe(entry.size);
  let length = 0;
  const inflater = createInflateRaw({ chunkSize: CHUNK });
  return new Promise((resolve, reject) => {
    let settled = false;
    const fail = (err: Error) => {
      if (settled) return;
      settled = true;
      inflater.destroy();
      reject(err);
    };
    inflater.on('data', (chunk: Buffer) => {
      if (settled) return;
      if (length + chunk.length > out.length) return fail(sizeMismatch(entry));
      chunk.copy(out, length);
      length += chunk.length;
      try {
        onChunk?.(chunk);
      } catch (err) {
        fail(err as Error);
      }
    });
    inflater.on('error', () => fail(new ZipEntryError(`「${displayName(entry.name)}」的压缩数据已损坏，无法解压`, 'corrupt')));
    inflater.on('end', () => {
      if (settled) return;
      settled = true;
      if (length !== out.length) reject(sizeMismatch(entry));
      else resolve(out);
    });
    inflater.end(data);
  });
}
