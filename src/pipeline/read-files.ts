import type { Doc } from '../model/document.js';
import type { SubmissionFile } from '../model/submission.js';
import { EXTRACTOR_VERSION, UnreadableFileError } from '../../extractors/formats/index.js';
import type { DocCache } from './cache.js';
import type { OcrBudget } from './ocr-budget.js';

/** A file read into a Doc, or the reason it could not be. */
export type ReadOutcome = { file: SubmissionFile; doc: Doc; cached: boolean } | { file: SubmissionFile; error: string; code: string };

/** Parses one file into a Doc (throws UnreadableFileError when it cannot); OCR pages are admitted by the submission's budget. */
export type ParseFile = (file: SubmissionFile, budget: OcrBudget) => Promise<Doc>;

export { EXTRACTOR_VERSION };

/**
 * Reads files into Docs once per run: identical bytes (same sha256 and sniffed format) are parsed once, and a disk
 * cache, when given, skips parsing (and OCR) of files seen in earlier runs.
 */
export class FileReader {
  private readonly inFlight = new Map<string, Promise<{ doc: Doc; cached: boolean }>>();

  constructor(
    private readonly cache: DocCache | null,
    private readonly parse: ParseFile,
  ) {}

  async read(file: SubmissionFile, budget: OcrBudget): Promise<ReadOutcome> {
    try {
      const key = `${file.sha256}:${file.format}`;
      let pending = this.inFlight.get(key);
      if (!pending) {
        pending = this.load(file, budget);
        this.inFlight.set(key, pending);
      }
      const { doc, cached } = await pending;
      return { file, doc: { ...doc, origin: { ...doc.origin, file: file.name } }, cached };
    } catch (err) {
      if (err instanceof UnreadableFileError) return { file, error: err.message, code: err.code };
      return { file, error: `读取失败：${(err as Error)?.message ?? String(err)}`, code: 'corrupt' };
    }
  }

  private async load(file: SubmissionFile, budget: OcrBudget): Promise<{ doc: Doc; cached: boolean }> {
    const hit = this.cache ? await this.cache.get(file.sha256) : null;
    if (hit) return { doc: hit, cached: true };
    const doc = await this.parse(file, budget);
    await this.cache?.set(file.sha256, doc);
    return { doc, cached: false };
  }
}
