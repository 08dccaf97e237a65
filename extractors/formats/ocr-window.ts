/**
 * The pages of one document on their way through OCR, in page order and at most `workers + 1` at
 * once: the reader prepares the next page (renders or decodes it) while the engine's workers read
 * the others, and never holds more pages than that, however long the document. A page is admitted
 * (the OCR page budget) before any work is done for it.
 */
import type { OcrService } from './ocr.js';

function asError(err: unknown): Error {
  return err instanceof Error ? err : new Error(String(err));
}

export class OcrWindow {
  private readonly inFlight: Promise<unknown>[] = [];

  constructor(private readonly ocr: OcrService) {}

  /** Waits for a place in the window, then asks the service to admit one more page: null when admitted, else why not (e.g. a spent page budget). */
  async admit(): Promise<Error | null> {
    while (this.inFlight.length > this.ocr.workers) await this.inFlight.shift();
    try {
      await this.ocr.admitPage?.();
      return null;
    } catch (err) {
      return asError(err);
    }
  }

  /** Takes an admitted page's reading into the window; resolves to its result or its error, never rejects. */
  add<T>(reading: Promise<T>): Promise<T | Error> {
    const job = reading.catch(asError);
    this.inFlight.push(job);
    return job;
  }
}
