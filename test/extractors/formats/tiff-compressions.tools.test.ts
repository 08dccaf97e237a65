/**
 * TIFF scans in the compressions scanners and fax software write (CCITT G4 for black and white;
 * LZW, deflate and JPEG in one strip, in strips or in tiles for grey; JPEG and LZW in colour), each
 * written by libtiff (`tiffcp`, `ppm2tiff`) from the same generated scanned page, read by OCR to the
 * same unit names. libtiff-tools is a Debian package the checker never needs; .ci/run installs it,
 * and this test fails without it.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toolPath } from '../../../corpora/generator/converters.js';
import type { DocSpec } from '../../../corpora/generator/spec.js';
import { renderScan } from '../../../corpora/generator/writers/scan-writer.js';
import { OcrEngine, readDocument } from '../../../extractors/formats/index.js';
import type { Doc } from '../../../src/model/document.js';
import type { SubmissionFile } from '../../../src/model/submission.js';
import { bilevelTiff, greyTiff, type TiffPage } from '../../hostile/craft-tiff.js';

const UNITS = ['兰州理工大学', '甘肃省科学院', '金川集团股份有限公司'];
const SPEC: DocSpec = {
  blocks: [
    { kind: 'heading', level: 2, text: '联盟成员单位' },
    { kind: 'table', rows: [[{ text: '序号' }, { text: '成员单位' }], ...UNITS.map((u, i) => [{ text: String(i + 1) }, { text: u }])] },
  ],
};

const scan = renderScan(SPEC, { seed: 'tiff-compressions' })[0];
const grey: TiffPage = { width: scan.width, height: scan.height, data: Uint8Array.from({ length: scan.width * scan.height }, (_, i) => (scan.rgba[i * 4] * 77 + scan.rgba[i * 4 + 1] * 150 + scan.rgba[i * 4 + 2] * 29) >> 8) };
const text = (doc: Doc) => doc.blocks.map((b) => (b.type === 'table' ? b.rows.map((r) => r.cells.map((c) => c.text).join(' ')).join('\n') : b.text)).join('\n');

let dir = '';
let engine: OcrEngine;

beforeAll(async () => {
  for (const tool of ['tiffcp', 'ppm2tiff']) if ((await toolPath(tool)) === null) throw new Error(`Expected ${tool} on PATH (Debian package libtiff-tools; .ci/run installs it), got none`);
  dir = mkdtempSync(path.join(os.tmpdir(), 'filings-tiff-'));
  writeFileSync(path.join(dir, 'grey.tif'), greyTiff([grey], scan.dpi));
  writeFileSync(path.join(dir, 'bilevel.tif'), bilevelTiff(grey, scan.dpi));
  // The page in colour as a binary PPM, which libtiff's ppm2tiff turns into colour TIFFs.
  const rgb = Buffer.alloc(scan.width * scan.height * 3);
  for (let i = 0; i < scan.width * scan.height; i++) rgb.set(scan.rgba.subarray(i * 4, i * 4 + 3), i * 3);
  writeFileSync(path.join(dir, 'colour.ppm'), Buffer.concat([Buffer.from(`P6\n${scan.width} ${scan.height}\n255\n`, 'latin1'), rgb]));
  engine = new OcrEngine({ workers: 1, secondPass: false });
});

afterAll(async () => {
  await engine?.terminate();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The source written by libtiff with `args` (compression, strips or tiles): the grey or bilevel TIFF by tiffcp, the colour PPM by ppm2tiff. */
async function rewritten(source: 'grey' | 'bilevel' | 'colour', args: readonly string[]): Promise<Buffer> {
  const out = path.join(dir, `${source}-${args.join('').replace(/\W/gu, '')}.tif`);
  if (source === 'colour') await promisify(execFile)('ppm2tiff', [...args, '-R', String(scan.dpi), path.join(dir, 'colour.ppm'), out]);
  else await promisify(execFile)('tiffcp', [...args, path.join(dir, `${source}.tif`), out]);
  return readFileSync(out);
}

const CASES = [
  { source: 'bilevel', args: ['-c', 'g4'], what: 'black and white, CCITT G4' },
  { source: 'grey', args: ['-c', 'lzw'], what: 'grey, LZW' },
  { source: 'grey', args: ['-c', 'zip'], what: 'grey, deflate' },
  { source: 'grey', args: ['-c', 'jpeg:90'], what: 'grey, JPEG in one strip' },
  { source: 'grey', args: ['-c', 'jpeg:90', '-r', '64'], what: 'grey, JPEG in strips of 64 rows' },
  { source: 'grey', args: ['-c', 'jpeg:90', '-t', '-w', '256', '-l', '256'], what: 'grey, JPEG in tiles of 256 × 256' },
  { source: 'colour', args: ['-c', 'jpeg:90', '-r', '64'], what: 'in colour, JPEG in strips of 64 rows' },
  { source: 'colour', args: ['-c', 'lzw'], what: 'in colour, LZW' },
] as const;

describe('TIFF scans written by libtiff', () => {
  for (const { source, args, what } of CASES) {
    it(`reads a page ${what}, at its own resolution, every unit name found`, async () => {
      const bytes = await rewritten(source, args);
      const doc = await readDocument({ name: '扫描件.tif', bytes, format: 'tiff', sha256: args.join(' ') } as SubmissionFile, { ocr: engine });
      expect(doc.pages?.map((p) => p.quality)).toEqual(['good']);
      expect(doc.pages?.[0].image?.dpi).toBe(scan.dpi);
      for (const unit of UNITS) expect(text(doc)).toContain(unit);
    });
  }
});
