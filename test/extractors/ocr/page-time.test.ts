import { describe, expect, it } from 'vitest';
import type { OcrService } from '../../../extractors/formats/ocr.js';
import { ocrPageImage } from '../../../extractors/ocr/page.js';
import type { PageImage } from '../../../extractors/ocr/pixels.js';
import { LimitExceededError } from '../../../src/model/limits.js';

/** A white 400 × 200 page with a black bar (ink, so the engine is asked). */
function page(): PageImage {
  const data = new Uint8Array(400 * 200).fill(255);
  for (let y = 90; y < 110; y++) for (let x = 50; x < 350; x++) data[y * 400 + x] = 0;
  return { width: 400, height: 200, channels: 1, data };
}

describe('ocrPageImage under the page time budget (ocrSecondsPerPage)', () => {
  it('refuses a page whose first reading does not finish in time, naming the limit', async () => {
    const engine: OcrService = { workers: 1, secondsPerPage: 0.05, recognize: () => new Promise(() => undefined) };
    const err = await ocrPageImage(engine, page(), 200).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LimitExceededError);
    expect((err as LimitExceededError).limit).toBe('ocrSecondsPerPage');
    expect((err as Error).message).toMatch(/本页识别超时：超过单页文字识别时间上限 0\.05 秒.*--limit ocrSecondsPerPage=/u);
  });

  it('reads a page that finishes in time', async () => {
    const engine: OcrService = { workers: 1, secondsPerPage: 5, recognize: async () => ({ words: [], confidence: 0, ms: 1 }) };
    const result = await ocrPageImage(engine, page(), 200);
    expect(result.items).toEqual([]);
    expect(result.secondPassCut).toBeUndefined();
  });
});
