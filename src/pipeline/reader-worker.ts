/**
 * The isolated document reader: a worker thread that reads one file at a time into a Doc. It runs
 * under a heap limit, so a file that blows up while being parsed takes down this thread, never the
 * run. OCR is asked of the run's engine through messages (one engine serves the whole batch); the
 * second reading (PP-OCR) runs here, in this thread, on one core.
 */
import { parentPort } from 'node:worker_threads';
import type { OcrService } from '../../extractors/formats/ocr.js';
import { PpOcr } from '../../extractors/ocr/paddle/pp-ocr.js';
import { toPgm } from '../../extractors/ocr/pixels.js';
import { readDocument, UnreadableFileError } from '../../extractors/formats/index.js';
import { LimitExceededError } from '../model/limits.js';
import type { FromWorker, OcrReply, OcrRequest, ToWorker } from './reader-protocol.js';

const port = parentPort!;
const calls = new Map<number, { resolve: (r: OcrReply) => void }>();
let nextCall = 0;

function post(message: FromWorker, transfer: ArrayBuffer[] = []): void {
  port.postMessage(message, transfer);
}

function ask(request: OcrRequest extends infer R ? (R extends OcrRequest ? Omit<R, 'call'> : never) : never, transfer: ArrayBuffer[] = []): Promise<OcrReply> {
  const call = nextCall++;
  return new Promise((resolve) => {
    calls.set(call, { resolve });
    post({ ...request, call } as OcrRequest, transfer);
  });
}

function unwrap(reply: OcrReply): NonNullable<OcrReply['result']> {
  if (!reply.error) return reply.result!;
  const { message, limit } = reply.error;
  throw limit ? new LimitExceededError(limit.name, limit.value, limit.what) : new Error(message);
}

/** This thread's PP-OCR: models loaded on the first page that needs a second reading, kept for the thread's life. */
let secondReader: PpOcr | null = null;

function ocrService(job: number, workers: number, secondPass: boolean): OcrService {
  return {
    workers,
    ...(secondPass ? { second: (secondReader ??= new PpOcr({ threads: 1 })) } : {}),
    recognize: async (gray, dpi, options = {}) => {
      // The engine's input is made here and handed over, not copied: the main thread only passes it on.
      const pgm = toPgm(gray);
      return unwrap(await ask({ type: 'recognize', job, pgm, dpi, options }, [pgm.buffer as ArrayBuffer]));
    },
    admitPage: async () => void unwrap(await ask({ type: 'admit', job })),
  };
}

port.on('message', async (message: ToWorker) => {
  if (message.type === 'ocr-reply') {
    calls.get(message.call)?.resolve(message);
    calls.delete(message.call);
    return;
  }
  const { job, name, sha256, format, limits, ocrWorkers, ocrSecondPass } = message;
  const bytes = Buffer.from(message.bytes.buffer, message.bytes.byteOffset, message.bytes.byteLength);
  try {
    const doc = await readDocument({ name, sha256, format, bytes }, { limits, ocr: ocrWorkers === null ? null : ocrService(job, ocrWorkers, ocrSecondPass) });
    post({ type: 'done', job, doc });
  } catch (err) {
    post({ type: 'failed', job, message: (err as Error)?.message ?? String(err), code: err instanceof UnreadableFileError ? err.code : null });
  }
});
