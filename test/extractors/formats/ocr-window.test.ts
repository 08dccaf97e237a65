import { describe, expect, it } from 'vitest';
import type { OcrService } from '../../../extractors/formats/ocr.js';
import { OcrWindow } from '../../../extractors/formats/ocr-window.js';
import type { PageImage } from '../../../extractors/ocr/pixels.js';
import { LimitExceededError } from '../../../src/model/limits.js';

const service = (workers: number, admitPage?: () => Promise<void>): OcrService => ({
  workers,
  recognize: () => Promise.reject(new Error('not used')),
  ...(admitPage ? { admitPage } : {}),
});

type PageAt = { image: PageImage; dpi: number };

/** A page image still being prepared, until `fail` ends it. */
function preparing() {
  let fail!: () => void;
  const image = new Promise<PageAt>((_, reject) => (fail = () => reject(new Error('not rendered'))));
  return { image, fail: () => fail() };
}

describe('OcrWindow', () => {
  it('admits a page only once fewer than workers + 1 pages are in flight', async () => {
    const window = new OcrWindow(service(1));
    const first = preparing();
    const second = preparing();
    expect(await window.admit()).toBeNull();
    void window.read(first.image);
    expect(await window.admit()).toBeNull();
    void window.read(second.image);
    let third = false;
    const admitting = window.admit().then((refused) => {
      third = true;
      return refused;
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(third).toBe(false);
    first.fail();
    expect(await admitting).toBeNull();
    second.fail();
  });

  it('gives the service’s refusal (a spent page budget) as the reason, asking it once per page', async () => {
    let asked = 0;
    const window = new OcrWindow(service(2, async () => {
      asked++;
      throw new LimitExceededError('ocrPagesPerFile', 0, '本页未识别');
    }));
    const refused = await window.admit();
    expect(refused).toBeInstanceOf(LimitExceededError);
    expect(refused?.message).toMatch(/本页未识别：超过单个文件文字识别页数上限 0/u);
    expect(asked).toBe(1);
  });

  it('resolves a page whose image failed to its error instead of rejecting', async () => {
    const window = new OcrWindow(service(1));
    await expect(window.read(Promise.reject(new Error('page too large')))).resolves.toEqual(new Error('page too large'));
    await expect(window.read(Promise.reject('a string'))).resolves.toEqual(new Error('a string'));
  });

  it('resolves a page whose reading failed to the engine’s error', async () => {
    const window = new OcrWindow(service(1));
    // A page with ink, so the engine is asked (and fails).
    const data = new Uint8Array(200 * 200).fill(255);
    for (let y = 80; y < 120; y++) data.fill(0, y * 200 + 60, y * 200 + 140);
    const result = await window.read(Promise.resolve({ image: { width: 200, height: 200, channels: 1, data }, dpi: 200 }));
    expect(result).toEqual(new Error('not used'));
  });
});
