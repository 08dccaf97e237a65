/** Messages between the isolated document reader (a worker thread) and the run that owns it. */
import type { Doc } from '../model/document.js';
import type { Limits } from '../model/limits.js';
import type { SniffedFormat } from '../model/submission.js';
import type { OcrPageResult, OcrService } from '../../extractors/formats/ocr.js';

/** Read one file: its bytes are transferred to the worker. */
export interface ReadRequest {
  type: 'read';
  job: number;
  name: string;
  sha256: string;
  format: SniffedFormat;
  bytes: Uint8Array;
  limits: Limits;
  /** Pages kept in flight for OCR; null when OCR is off. */
  ocrWorkers: number | null;
  /** Whether OCR'd pages get the second reading (PP-OCR, loaded by the worker on first use). */
  ocrSecondPass: boolean;
}

/** The worker asks the run to admit one more page for OCR, or to recognise a page image (as PGM, prepared and transferred by the worker). */
export type OcrRequest = { type: 'admit'; job: number; call: number } | { type: 'recognize'; job: number; call: number; pgm: Uint8Array; dpi: number; options: NonNullable<Parameters<OcrService['recognize']>[2]> };

/** The run's answer to an OcrRequest; a refusal names the limit so the worker can raise the same error. */
export interface OcrReply {
  type: 'ocr-reply';
  call: number;
  result?: OcrPageResult;
  error?: { message: string; limit?: { name: keyof Limits; value: number; what: string } };
}

/** The worker's answer to a ReadRequest. */
export type ReadReply = { type: 'done'; job: number; doc: Doc } | { type: 'failed'; job: number; message: string; code: string | null };

export type ToWorker = ReadRequest | OcrReply;
export type FromWorker = ReadReply | OcrRequest;
