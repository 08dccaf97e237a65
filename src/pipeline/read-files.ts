import type { Doc } from '../model/document.js';
import type { SubmissionFile } from '../model/submission.js';
import { EXTRACTOR_VERSION, readDocument, UnreadableFileError, type OcrEngine } from '../../extractors/formats/index.js';
import type { DocCache } from './cache.js';

/** A file read into a Doc, or the reason it could not be. */
export type ReadOutcome = { file: SubmissionFile; doc: Doc; cached: boolean } | { file: SubmissionFile; error: string; code: string };

export { EXTRACTOR_VERSION };

/**
 * Reads files into Docs once per run: identical bytes (same sha256 and sniffed format) are parsed once, and a disk
 * cache, when given, skips parsing (and OCR) of files seen in earlier runs.
 */
export class FileReader {
  private readonly inFlight = new Map<string, Promise<Doc>>();

  constructor(
    private readonly cache: DocCache | null,
    /** OCR engine for scanned pages and images; null: no OCR (--no-ocr). */
    private readonly ocr: OcrEngine | null = null,
  ) {}

  async read(file: SubmissionFile): Promise<ReadOutcome> {
    try {
      let cached = false;
      const key = `${file.sha256}:${file.format}`;
      let pending = this.inFlight.get(key);
      if (!pending) {
        pending = this.load(file).then((r) => {
          cached = r.cached;
          return r.doc;
        });
        this.inFlight.set(key, pending);
      }
      const doc = await pending;
      return { file, doc: { ...doc, origin: { ...doc.origin, file: file.name } }, cached };
    } catch (err) {
      if (err instanceof UnreadableFileError) return { file, error: err.message, code: err.code };
      return { file, error: `读取失败：${(err as Error)?.message ?? String(err)}`, code: 'corrupt' };
    }
  }

  private async load(file: SubmissionFile): Promise<{ doc: Doc; cached: boolean }> {
    const hit = this.cache ? await this.cache.get(file.sha256) : null;
    if (hit) return { doc: hit, cached: true };
    const doc = await readDocument(file, { ocr: this.ocr });
    if (this.cache) await this.cache.set(file.sha256, doc);
    return { doc, cached: false };
  }
}
