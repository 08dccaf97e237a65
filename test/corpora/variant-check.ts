import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CONDITIONS } from '../../checks/conditions/index.js';
import { PACKS } from '../../checks/packs/index.js';
import { LAYOUT_VARIANTS, writeVariantBatch, type VariantBatchOptions, type VariantPair } from '../../corpora/generator/variants.js';
import type { Report } from '../../src/model/report.js';
import { checkBatch } from '../../src/pipeline/run.js';
import { reportDiff } from './variant-diff.js';

/** A variant/submission pair that does not yet read like its plain form: an open reading defect. */
export interface KnownDifference {
  variant: string;
  submission: string;
  defect: string;
}

/** A batch of variants written to a temporary folder and checked through the real pipeline. */
export interface VariantRun {
  dir: string;
  pairs: VariantPair[];
  reports: Map<string, Report>;
}

/** Writes the variants the options ask for and checks them all. */
export async function runVariants(options: VariantBatchOptions): Promise<VariantRun> {
  const dir = await mkdtemp(path.join(tmpdir(), 'layout-variants-'));
  const pairs = await writeVariantBatch(dir, options);
  const reports = new Map<string, Report>();
  for (const r of await checkBatch(dir, { packs: PACKS, conditions: CONDITIONS, cacheDir: null })) reports.set(r.submission.id, r);
  return { dir, pairs, reports };
}

/** Removes a run's folder. */
export async function removeRun(run: VariantRun | undefined): Promise<void> {
  if (run?.dir) await rm(run.dir, { recursive: true, force: true });
}

/** The transcripts a variant (or the layout variant a LibreOffice export is of) words differently. */
const transcriptsOf = (variant: string) => LAYOUT_VARIANTS.find((v) => v.id === variant.replace(/^soffice\+/u, ''))?.transcripts ?? [];

/**
 * Problems of one variant's pairs: none written, unknown differences, known differences that no
 * longer differ (the entry must go), and known differences naming a pair that is not written.
 */
export function variantProblems(run: VariantRun, variant: string, known: readonly KnownDifference[] = []): string[] {
  const out: string[] = [];
  const isKnown = (p: VariantPair) => known.some((k) => k.variant === p.variant && k.submission === p.submission);
  const mine = run.pairs.filter((p) => p.variant === variant);
  if (mine.length === 0) out.push(`no submission was written in the ${variant} layout`);
  for (const p of mine) {
    const plain = run.reports.get(p.submission);
    const other = run.reports.get(p.folder);
    if (!plain || !other) {
      out.push(`${p.folder}: no report (${!plain ? 'plain' : 'variant'})`);
      continue;
    }
    const diff = reportDiff(plain, other, transcriptsOf(variant));
    const where = `${p.folder} (${p.changed.join(', ')})`;
    if (isKnown(p) && diff.length === 0) out.push(`${where}: listed as a known difference but now reads like its plain form; remove the entry`);
    if (!isKnown(p) && diff.length > 0) out.push(`${where}:\n    ${diff.join('\n    ')}`);
  }
  for (const k of known.filter((x) => x.variant === variant)) {
    if (!mine.some((p) => p.submission === k.submission)) out.push(`a known difference names ${k.submission} ~ ${k.variant}, which is not written`);
  }
  return out;
}
