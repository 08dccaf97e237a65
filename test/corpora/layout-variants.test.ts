/**
 * Metamorphic layout tests: sample submissions are written again in other layouts (wrapped and
 * two-row table headers, blank seal columns, signature blocks, member records, a founders'
 * sentence, a two-field cover line, level-tagged item lists, self-evaluation tables with more
 * columns or the figures in 自评依据, data sheets with a unit column or two figures per row,
 * figures in full-width digits, Chinese numerals, 大写 or 亿元, GB/T 9704 pages) by the project's
 * own writers into a temporary batch, run through the real pipeline, and every variant must read to the same facts, condition statuses, verdict and
 * indicator points as its plain form. A failure lists, per variant and submission, each differing
 * key with its plain and variant value. The same documents written by other programs (LibreOffice,
 * pandoc, a browser) are checked in converted-variants.tools.test.ts (`npm run test:tools`).
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LAYOUT_VARIANTS, VARIANT_SUBMISSIONS } from '../../corpora/generator/variants.js';
import { removeRun, runVariants, variantProblems, type VariantRun } from './variant-check.js';

const SAMPLE = path.join(import.meta.dirname, '..', '..', 'corpora', 'sample');

let run: VariantRun;

beforeAll(async () => {
  run = await runVariants({});
}, 600_000);

afterAll(() => removeRun(run));

describe('layout variants of sample submissions read like their plain form', () => {
  it('writes the plain forms byte for byte as the embedded sample', async () => {
    const differ: string[] = [];
    for (const id of VARIANT_SUBMISSIONS) {
      for (const name of await readdir(path.join(SAMPLE, id))) {
        const [a, b] = await Promise.all([readFile(path.join(SAMPLE, id, name)), readFile(path.join(run.dir, id, name)).catch(() => null)]);
        if (!b?.equals(a)) differ.push(`${id}/${name}`);
      }
    }
    expect(differ).toEqual([]);
  });

  it('writes every layout variant for at least one submission, and covers the Henan and Gansu formation packs and every scored pack', () => {
    const written = new Set(run.pairs.map((p) => p.variant));
    expect(LAYOUT_VARIANTS.map((v) => v.id).filter((id) => !written.has(id))).toEqual([]);
    const packs = new Set(run.pairs.map((p) => run.reports.get(p.folder)?.pack?.id));
    expect([...packs]).toEqual(
      expect.arrayContaining([
        'henan-2020-alliance-application', 'gansu-2020-alliance-formation', 'gansu-2020-alliance-assessment', 'gansu-2022-enterprise-tech-center',
        'gansu-2022-industry-tech-center', 'gansu-2022-demo-enterprise', 'gansu-2022-alliance-self-evaluation', 'hefei-2017-alliance-assessment',
      ]),
    );
  });

  it.each(LAYOUT_VARIANTS.map((v) => [v.id, v.about]))('%s (%s)', (variant) => {
    expect(variantProblems(run, variant)).toEqual([]);
  });
});
