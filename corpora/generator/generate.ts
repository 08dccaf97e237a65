/**
 * Writes the embedded sample batch (corpora/sample/) from the cases in scenarios.ts: each
 * submission's documents as DOCX or PDF, an optional submission.json, and expected.json with the
 * true facts and condition statuses. Run with `npm run corpus:generate`.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { agreementSpec } from './agreement-docs.js';
import { applicationSpec, charterSpec, evidenceSpec } from './gansu-docs.js';
import type { GansuCase } from './gansu-case.js';
import { countsOf, type HenanCase } from './henan-case.js';
import { feasibilitySpec, proposalSpec, recommendationSpec } from './henan-docs.js';
import { GANSU_CASES, HENAN_CASES } from './scenarios.js';
import type { DocSpec, WriteOptions } from './spec.js';
import { writeDocx } from './writers/docx-writer.js';
import { writePdf } from './writers/pdf-writer.js';
import { writeScannedPdf } from './writers/scan-writer.js';
import { expectedFor } from './expected.js';
import { SCORED_CASES } from './scored-cases.js';
import { writeScoredCase } from './scored-generate.js';

const OUT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'sample');

async function write(dir: string, name: string, format: 'docx' | 'pdf', spec: DocSpec, options: WriteOptions): Promise<Buffer> {
  const bytes = format === 'docx' ? await writeDocx(spec, options) : writePdf(spec, options);
  await writeFile(path.join(dir, `${name}.${format}`), bytes);
  return bytes;
}

async function henan(k: HenanCase): Promise<void> {
  const dir = path.join(OUT, k.id);
  await mkdir(dir, { recursive: true });
  const options: WriteOptions = { checkboxStyle: k.checkboxControls ? 'control' : 'glyph', splitNumberRuns: k.splitNumbers };
  const omit = k.omit ?? [];
  if (!omit.includes('proposal')) await write(dir, '附件1-构建建议书', k.formats.proposal, proposalSpec(k, k.formats.proposal), options);
  if (!omit.includes('feasibility')) await write(dir, '附件2-可行性研究报告', k.formats.feasibility, feasibilitySpec(k), options);
  if (!omit.includes('recommendation')) await write(dir, '附件3', k.formats.recommendation, recommendationSpec(k), options);
  if (!omit.includes('agreement')) {
    const spec = agreementSpec({ ...k, fundSupervision: true, ipFull: true, signatureStyle: 'henan' });
    const bytes = k.formats.agreement === 'docx' ? await writeDocx(spec, options) : writePdf(spec, options);
    const out = k.damagedAgreement ? bytes.subarray(0, Math.floor(bytes.length * 0.55)) : bytes;
    await writeFile(path.join(dir, `附件4-联盟协议书.${k.formats.agreement}`), out);
  }
  if (k.withMeta) await writeFile(path.join(dir, 'submission.json'), `${JSON.stringify({ pack: 'henan-2020-alliance-application', region: '河南', year: 2020, submittedAt: '2020-09-21' }, null, 2)}\n`);
  await writeFile(path.join(dir, 'expected.json'), `${JSON.stringify(expectedFor.henan(k, countsOf), null, 2)}\n`);
}

async function gansu(k: GansuCase): Promise<void> {
  const dir = path.join(OUT, k.id);
  await mkdir(dir, { recursive: true });
  const options: WriteOptions = { splitNumberRuns: k.splitNumbers };
  await write(dir, '组建申请表', k.formats.application, applicationSpec(k), options);
  const agreement = agreementSpec({ ...k, ...k.agreement, signatureStyle: 'gansu', scannedSignature: k.scannedSignaturePage });
  if (k.scannedAgreement) {
    const signed = k.members.filter((m) => !k.unsigned.includes(m.name));
    const scan = writeScannedPdf(agreement, { seed: k.id, sealed: signed.map((m) => m.name), blank: ['（已盖章）'], handwritten: signed.map((m) => m.rep) });
    await writeFile(path.join(dir, '产业联盟协议（扫描件）.pdf'), scan);
  } else await write(dir, '产业联盟协议', k.formats.agreement, agreement, options);
  if (!k.omitCharter) await write(dir, '产业联盟章程', k.formats.charter, charterSpec({ alliance: k.alliance, lead: k.lead, ...k.charter }), options);
  await write(dir, '证明材料', k.formats.evidence, evidenceSpec(k.alliance, k.platforms), options);
  if (k.withMeta) await writeFile(path.join(dir, 'submission.json'), `${JSON.stringify({ pack: 'gansu-2020-alliance-formation', region: '甘肃', year: 2020, submittedAt: '2020-06-30' }, null, 2)}\n`);
  await writeFile(path.join(dir, 'expected.json'), `${JSON.stringify(expectedFor.gansu(k), null, 2)}\n`);
}

await rm(OUT, { recursive: true, force: true });
for (const k of HENAN_CASES) await henan(k);
for (const k of GANSU_CASES) await gansu(k);
for (const k of SCORED_CASES) await writeScoredCase(OUT, k);
process.stdout.write(`wrote ${HENAN_CASES.length + GANSU_CASES.length + SCORED_CASES.length} submissions to ${OUT}\n`);
