import { createHash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { DocSchema, type Doc } from '../model/document.js';
import { removeOrphanTemps, writeFileAtomic } from '../io/write-atomic.js';

/** Cache folders this process has cleared of killed runs' temporary files (once each: a cache can hold many thousand entries). */
const swept = new Set<string>();

/** Layout of a cache entry; bump when it changes (older entries are then parsed again). */
export const CACHE_FORMAT = 2;

/**
 * Doc cache on disk, keyed by file sha256 and the extractor version, so that an unchanged batch
 * re-runs without parsing. An entry is one header line (cache format, extractor version, sha256 of
 * the Doc text) and the Doc as JSON; an entry that does not verify (edited, truncated, another
 * format) is a miss and the file is parsed again. A cache that cannot be written is a warning,
 * never a failed file: the run goes on without storing (`problem` says why, once). The first entry
 * a process stores in a folder first removes the temporary files a killed run left there.
 */
export class DocCache {
  /** Why the cache stopped storing entries (Chinese), or null while it works. */
  problem: string | null = null;

  constructor(
    private readonly dir: string,
    private readonly version: string,
  ) {}

  private file(sha256: string): string {
    return path.join(this.dir, `${sha256}.v${this.version}.json`);
  }

  /**
   * The cached Doc, or null when absent, unreadable or not verified. The file is validated against
   * DocSchema, but the stored object is returned as written, so provenance beyond the schema (OCR
   * bbox, confidence, seals on blocks, cells and pages) survives a cache hit.
   */
  async get(sha256: string): Promise<Doc | null> {
    try {
      const text = await readFile(this.file(sha256), 'utf8');
      const newline = text.indexOf('\n');
      const header = JSON.parse(text.slice(0, newline)) as { format?: unknown; version?: unknown; sha256?: unknown; checksum?: unknown };
      const body = text.slice(newline + 1);
      if (header.format !== CACHE_FORMAT || header.version !== this.version || header.sha256 !== sha256 || header.checksum !== checksum(body)) return null;
      const raw: unknown = JSON.parse(body);
      return DocSchema.safeParse(raw).success ? (raw as Doc) : null;
    } catch {
      return null;
    }
  }

  /** Stores a Doc atomically; a failure turns storing off for the run and is kept in `problem`. */
  async set(sha256: string, doc: Doc): Promise<void> {
    if (this.problem) return;
    try {
      const body = JSON.stringify(doc);
      await mkdir(this.dir, { recursive: true });
      if (!swept.has(this.dir)) {
        swept.add(this.dir);
        await removeOrphanTemps(this.dir);
      }
      await writeFileAtomic(this.file(sha256), `${JSON.stringify({ format: CACHE_FORMAT, version: this.version, sha256, checksum: checksum(body) })}\n${body}`);
    } catch (err) {
      const e = err as NodeJS.ErrnoException;
      this.problem = `缓存目录 ${this.dir} 无法写入（${e?.code ?? e?.message ?? String(err)}），本次运行不再写入缓存`;
    }
  }
}

function checksum(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
