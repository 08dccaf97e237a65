import { describe, expect, it } from 'vitest';
import { ProcessOcr } from '../../src/queue/process-ocr.js';

describe('ProcessOcr', () => {
  it("makes one engine per second-reading setting, with the process's workers, and gives it to every job that asks again", async () => {
    const ocr = new ProcessOcr(2);
    try {
      const on = ocr.engine(true);
      const off = ocr.engine(false);
      expect(ocr.engine(true)).toBe(on);
      expect(ocr.engine(false)).toBe(off);
      expect(on).not.toBe(off);
      expect([on.secondPass, off.secondPass]).toEqual([true, false]);
      expect([on.workers, off.workers]).toEqual([2, 2]);
    } finally {
      await ocr.terminate();
    }
  });

  it('ends its engines on terminate; a job asking after that gets a new one', async () => {
    const ocr = new ProcessOcr(1);
    const first = ocr.engine(false);
    await ocr.terminate();
    await expect(first.recognizePgm(new Uint8Array(0), 300)).rejects.toThrow('OCR engine already terminated');
    const second = ocr.engine(false);
    expect(second).not.toBe(first);
    await ocr.terminate();
  });
});
