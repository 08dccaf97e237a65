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

  /** The cached Doc, or null when absent or unreadable. */
  async get(sha256: string): Promise<Doc | null> {
    try {
      const parsed = DocSchema.safeParse(JSON.parse(await readFile(this.file(sha256), 'utf8')));
      return parsed.success ? parsed.data : null;
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
