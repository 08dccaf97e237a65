import { describe, expect, it } from 'vitest';
import { agreementSpec } from '../../../corpora/generator/agreement-docs.js';
import { GANSU_CASES } from '../../../corpora/generator/scenarios.js';
import { renderScan } from '../../../corpora/generator/writers/scan-writer.js';
import { splitPage } from '../../../extractors/ocr/pixels.js';
import { findSeals, redScaleForDpi } from '../../../extractors/ocr/seals.js';
import type { ScanPage } from '../../../corpora/generator/writers/scan-writer.js';

/** Seals of a scanned page as the OCR path finds them: on the red-ink mask at the scale for the resolution. */
const sealsOn = (page: ScanPage) => findSeals(splitPage({ width: page.width, height: page.height, channels: 4, data: page.rgba }, redScaleForDpi(page.dpi)).red, { dpi: page.dpi });

describe('seals on the scan writer\'s signature page', () => {
  it('finds one seal per signed row at the place it was drawn, none for the unsigned row', () => {
    const k = GANSU_CASES.find((c) => c.unsigned.length > 0) ?? { ...GANSU_CASES[0], unsigned: [GANSU_CASES[0].members[2].name] };
    const signed = k.members.filter((m) => !k.unsigned.includes(m.name)).map((m) => m.name);
    const pages = renderScan(agreementSpec({ ...k, ...k.agreement, unsigned: k.unsigned, signatureStyle: 'gansu' }), { seed: 'seals', sealed: signed, blank: ['（已盖章）'], rotation: 0 });
    const last = pages[pages.length - 1];
    expect(last.seals.map((s) => s.unit).sort()).toEqual([...signed].sort());
    const found = sealsOn(last);
    expect(found).toHaveLength(signed.length);
    for (const drawn of last.seals) {
      const cx = (drawn.box[0] + drawn.box[2]) / 2;
      const cy = (drawn.box[1] + drawn.box[3]) / 2;
      expect(found.some((f) => Math.abs((f.box[0] + f.box[2]) / 2 - cx) < 12 && Math.abs((f.box[1] + f.box[3]) / 2 - cy) < 12)).toBe(true);
    }
    for (const page of pages.slice(0, -1)) expect(sealsOn(page)).toEqual([]);
  });
});
