import { open, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import type { Row } from './columns.js';

/** Rows turned into text and written at once. */
const SLICE = 2_000;

/** NDJSON files of a build folder, one per table, appended to as rows come and closed at the end. */
export class NdjsonFiles {
  private readonly handles = new Map<string, FileHandle>();
  /** Rows written per table. */
  readonly counts = new Map<string, number>();

  private constructor(readonly dir: string) {}

  /** Creates an empty file for each table (a table without rows still loads, with its columns). */
  static async create(dir: string, tables: readonly string[]): Promise<NdjsonFiles> {
    const files = new NdjsonFiles(dir);
    try {
      for (const t of tables) {
        files.handles.set(t, await open(files.path(t), 'w'));
        files.counts.set(t, 0);
      }
    } catch (err) {
      await files.close();
      throw err;
    }
    return files;
  }

  path(table: string): string {
    return path.join(this.dir, `${table}.ndjson`);
  }

  /** Appends rows to a table's file, a slice of rows at a time (a long list never becomes one huge string). */
  async write(table: string, rows: readonly Row[]): Promise<void> {
    const handle = this.handles.get(table);
    if (!handle) throw new Error(`Expected a table of this build, got ${table}`);
    for (let i = 0; i < rows.length; i += SLICE) await handle.write(rows.slice(i, i + SLICE).map((r) => `${JSON.stringify(r)}\n`).join(''));
    this.counts.set(table, (this.counts.get(table) ?? 0) + rows.length);
  }

  async close(): Promise<void> {
    const handles = [...this.handles.values()];
    this.handles.clear();
    await Promise.all(handles.map((h) => h.close()));
  }
}
