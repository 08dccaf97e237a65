/**
 * The pages of one document on their way through OCR, in page order and at most `workers + 1` at
 * once: the reader prepares the next page (renders or decodes it) while the engine's workers read
 * the others, and never holds more pages than that, however long the document. A page is admitted
 * (the OCR page budget) before any work is done for it.
 */
import { ocrPageImage, type OcrPage } from '../ocr/page.js';
import type { PageImage } from '../ocr/pixels.js';
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

  /**
   * Reads an admitted page, once its image is there, in the window. Resolves to the page read or
   * to why it could not be (the image's failure or the reading's), never rejects.
   */
  read(image: Promise<{ image: PageImage; dpi: number }>): Promise<OcrPage | Error> {
    const job = image.then((page) => ocrPageImage(this.ocr, page.image, page.dpi)).catch(asError);
    this.inFlight.push(job);
    return job;
  }
}
