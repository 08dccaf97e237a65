import { describe, expect, it } from 'vitest';
import type { OcrService } from '../../../extractors/formats/ocr.js';
import { OcrWindow } from '../../../extractors/formats/ocr-window.js';
import { LimitExceededError } from '../../../src/model/limits.js';

const service = (workers: number, admitPage?: () => Promise<void>): OcrService => ({
  workers,
  recognize: () => Promise.reject(new Error('not used')),
  ...(admitPage ? { admitPage } : {}),
});

/** A reading that ends when `finish` is called. */
function pending<T>(value: T) {
  let finish!: () => void;
  const done = new Promise<T>((resolve) => (finish = () => resolve(value)));
  return { done, finish: () => finish() };
}

describe('OcrWindow', () => {
  it('admits a page only once fewer than workers + 1 pages are in flight', async () => {
    const window = new OcrWindow(service(1));
    const first = pending('page 1');
    const second = pending('page 2');
    expect(await window.admit()).toBeNull();
    void window.add(first.done);
    expect(await window.admit()).toBeNull();
    void window.add(second.done);
    let third = false;
    const admitting = window.admit().then((refused) => {
      third = true;
      return refused;
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(third).toBe(false);
    first.finish();
    expect(await admitting).toBeNull();
    second.finish();
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

  it('resolves a failed reading to its error instead of rejecting', async () => {
    const window = new OcrWindow(service(1));
    await expect(window.add(Promise.reject(new Error('engine stopped')))).resolves.toEqual(new Error('engine stopped'));
    await expect(window.add(Promise.reject('a string'))).resolves.toEqual(new Error('a string'));
  });
});
