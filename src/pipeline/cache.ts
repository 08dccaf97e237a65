import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DocSchema, type Doc } from '../model/document.js';

/** Doc cache on disk, keyed by file sha256 and the extractor version, so that an unchanged batch re-runs without parsing. */
export class DocCache {
  constructor(
    private readonly dir: string,
    private readonly version: string,
  ) {}

  private file(sha256: string): string {
    return path.join(this.dir, `${sha256}.v${this.version}.json`);
  }

  /**
   * The cached Doc, or null when absent or unreadable. The file is validated against DocSchema,
   * but the stored object is returned as written, so provenance beyond the schema (OCR bbox,
   * confidence, seals on blocks, cells and pages) survives a cache hit.
   */
  async get(sha256: string): Promise<Doc | null> {
    try {
      const raw: unknown = JSON.parse(await readFile(this.file(sha256), 'utf8'));
      return DocSchema.safeParse(raw).success ? (raw as Doc) : null;
    } catch {
      return null;
    }
  }

  /** Stores a Doc atomically (write then rename). */
  async set(sha256: string, doc: Doc): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    const tmp = `${this.file(sha256)}.${process.pid}.tmp`;
    await writeFile(tmp, JSON.stringify(doc));
    await rename(tmp, this.file(sha256));
  }
}
