/**
 * The files of one generated submission, planned before they are written: every document as a
 * spec with its format and writer options, plus submission.json and expected.json. The sample
 * (generate.ts) writes the plans in the plain layout; the layout variants (variants.ts) write the
 * same plans with other layouts or through other writers.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PACKS } from '../../checks/packs/index.js';
import { agreementSpec } from './agreement-docs.js';
import { expectedFor } from './expected.js';
import type { GansuCase } from './gansu-case.js';
import { applicationSpec, charterSpec, evidenceSpec } from './gansu-docs.js';
import { countsOf, type HenanCase } from './henan-case.js';
import { feasibilitySpec, proposalSpec, recommendationSpec } from './henan-docs.js';
import type { Layout } from './layout.js';
import type { Metric } from '../../src/engine/rubric/inputs.js';
import type { Indicator } from '../../src/engine/rubric/schema.js';
import type { ScoredCase } from './scored-case.js';
import { annualSummarySpec, dataSheetSpec, selfEvaluationSpec } from './scored-docs.js';
import type { DocSpec, WriteOptions } from './spec.js';
import { GANSU } from './units.js';
import { writeDocx } from './writers/docx-writer.js';
import { writePdf } from './writers/pdf-writer.js';
import type { ScanOptions } from './writers/scan-writer.js';
import { writeScannedPdf } from './writers/scan-writer.js';

/** One document of a submission. */
export interface PlannedDoc {
  /** File name without extension. */
  name: string;
  format: 'docx' | 'pdf';
  spec: DocSpec;
  options: WriteOptions;
  /** Written as a scanned PDF with these options (format is then 'pdf'). */
  scan?: ScanOptions;
  /** Only this share of the written bytes is kept (a damaged file). */
  truncate?: number;
}

/** Everything a submission folder holds. */
export interface SubmissionPlan {
  id: string;
  docs: PlannedDoc[];
  /** Other files (submission.json, expected.json) by name. */
  files: { name: string; text: string }[];
}

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

export function henanPlan(k: HenanCase, layout: Layout = {}): SubmissionPlan {
  const options: WriteOptions = { checkboxStyle: k.checkboxControls ? 'control' : 'glyph', splitNumberRuns: k.splitNumbers, ...page(layout) };
  const omit = k.omit ?? [];
  const docs: PlannedDoc[] = [];
  if (!omit.includes('proposal')) docs.push({ name: '附件1-构建建议书', format: k.formats.proposal, spec: proposalSpec(k, k.formats.proposal, layout), options });
  if (!omit.includes('feasibility')) docs.push({ name: '附件2-可行性研究报告', format: k.formats.feasibility, spec: feasibilitySpec(k), options });
  if (!omit.includes('recommendation')) docs.push({ name: '附件3', format: k.formats.recommendation, spec: recommendationSpec(k), options });
  if (!omit.includes('agreement')) {
    const spec = agreementSpec({ ...k, fundSupervision: true, ipFull: true, signatureStyle: 'henan' }, layout);
    docs.push({ name: '附件4-联盟协议书', format: k.formats.agreement, spec, options, truncate: k.damagedAgreement ? 0.55 : undefined });
  }
  const files = [];
  if (k.withMeta) files.push({ name: 'submission.json', text: json({ pack: 'henan-2020-alliance-application', region: '河南', year: 2020, submittedAt: '2020-09-21' }) });
  files.push({ name: 'expected.json', text: json(expectedFor.henan(k, countsOf)) });
  return { id: k.id, docs, files };
}

export function gansuPlan(k: GansuCase, layout: Layout = {}): SubmissionPlan {
  const options: WriteOptions = { splitNumberRuns: k.splitNumbers, ...page(layout) };
  const docs: PlannedDoc[] = [{ name: '组建申请表', format: k.formats.application, spec: applicationSpec(k, layout), options }];
  const agreement = agreementSpec({ ...k, ...k.agreement, signatureStyle: 'gansu', scannedSignature: k.scannedSignaturePage }, layout);
  if (k.scannedAgreement) {
    const signed = k.members.filter((m) => !k.unsigned.includes(m.name));
    const scan: ScanOptions = { seed: k.id, sealed: signed.map((m) => m.name), blank: ['（已盖章）'], handwritten: signed.map((m) => m.rep) };
    docs.push({ name: '产业联盟协议（扫描件）', format: 'pdf', spec: agreement, options, scan });
  } else docs.push({ name: '产业联盟协议', format: k.formats.agreement, spec: agreement, options });
  if (!k.omitCharter) docs.push({ name: '产业联盟章程', format: k.formats.charter, spec: charterSpec({ alliance: k.alliance, lead: k.lead, ...k.charter }), options });
  docs.push({ name: '证明材料', format: k.formats.evidence, spec: evidenceSpec(k.alliance, k.platforms), options });
  const files = [];
  if (k.withMeta) files.push({ name: 'submission.json', text: json({ pack: 'gansu-2020-alliance-formation', region: '甘肃', year: 2020, submittedAt: '2020-06-30' }) });
  files.push({ name: 'expected.json', text: json(expectedFor.gansu(k)) });
  return { id: k.id, docs, files };
}

export function scoredPlan(k: ScoredCase, layout: Layout = {}): SubmissionPlan {
  const pack = PACKS.get(k.pack);
  if (!pack?.rubric) throw new Error(`Expected a pack with a rubric, got ${k.pack}`);
  const options: WriteOptions = k.format === 'pdf' ? { splitNumberRuns: true, ...page(layout) } : {};
  const doc = (name: string, spec: DocSpec): PlannedDoc => ({ name, format: k.format, spec, options });
  const docs: PlannedDoc[] = [];
  if (k.gansuForm) {
    const members = [GANSU.lead, ...GANSU.enterprises.slice(0, 3), GANSU.universities[0], GANSU.institutes[0]];
    const form = applicationSpec({ alliance: k.sheetTitle.replace(/考核数据表$/u, ''), lead: GANSU.lead, members, goalChars: 200, numbers: 'arabic', layout: 'seed', yiyuan: false }, layout);
    docs.push(doc('考核数据表', { ...form, title: k.sheetTitle }));
  } else {
    const label = (id: string) => pack.metrics.find((m) => m.id === id)?.labels[0] ?? id;
    docs.push(doc('申报数据表', dataSheetSpec(k.sheetTitle, '单位：万元、%、项、人', Object.entries(k.data).map(([id, v]) => [label(id), v]), layout)));
  }
  if (k.claims && k.selfEvalTitle) {
    const groups = new Map(pack.rubric.groups.map((g) => [g.id, g.label]));
    const rows = pack.rubric.indicators.flatMap((i) => {
      const claimed = k.claims![i.id];
      return claimed === undefined ? [] : [{ group: groups.get(i.group) ?? i.group, label: i.label, max: i.max, claimed, ...statedFigures(i, k.data, pack.metrics) }];
    });
    docs.push(doc('自评表', selfEvaluationSpec(k.selfEvalTitle, rows, layout)));
  }
  for (const s of k.summaries ?? []) docs.push(doc(`${s.year}年度工作总结`, annualSummarySpec(k.sheetTitle.replace(/考核数据表$/u, ''), s.year, s.date, s.sections)));
  const files = [
    { name: 'submission.json', text: json(k.meta) },
    { name: 'expected.json', text: json(expectedFor.scored(k, pack.conditions.map((c) => c.as ?? c.id))) },
  ];
  return { id: k.id, docs, files };
}

/**
 * The figures of the data sheet an indicator is scored on, for a self-evaluation table that
 * repeats them: as 完成情况 (one figure as written, several each after its item's label) and as
 * a 自评依据 sentence (each after its data-sheet label). Empty when the data sheet has none.
 */
function statedFigures(indicator: Indicator, data: Record<string, string>, metrics: readonly Metric[]): { value: string; grounds: string } {
  const inputs: { input: string; label: string }[] =
    indicator.kind === 'per-item' ? indicator.items : indicator.kind === 'qualitative' ? indicator.signals : [{ input: indicator.input, label: indicator.label }];
  const found = inputs.flatMap(({ input, label }) => {
    const id = input.replace(/^metrics\./u, '');
    const value = input.startsWith('metrics.') ? data[id] : undefined;
    return value === undefined ? [] : [{ label, value, metric: metrics.find((m) => m.id === id)?.labels[0] ?? label }];
  });
  const joined = (label: string, value: string, link: string) => `${label}${/^[0-9]/u.test(value) ? link : '：'}${value}`;
  return {
    value: found.length === 1 ? found[0].value : found.map((f) => joined(f.label, f.value, '')).join('，'),
    grounds: found.map((f) => joined(f.metric, f.value, '为')).join('，'),
  };
}

/** Writer options for the layout's PDF page (none for the default page, so that plain files stay as they were). */
function page(layout: Layout): WriteOptions {
  return layout.pdfPage && layout.pdfPage !== 'default' ? { pdfPage: layout.pdfPage } : {};
}

/** A document's bytes as the generator's own writers write them. */
export async function renderDoc(doc: PlannedDoc): Promise<Buffer> {
  if (doc.scan) return writeScannedPdf(doc.spec, doc.scan);
  const bytes = doc.format === 'docx' ? await writeDocx(doc.spec, doc.options) : writePdf(doc.spec, doc.options);
  return doc.truncate ? bytes.subarray(0, Math.floor(bytes.length * doc.truncate)) : bytes;
}

/** Writes a plan into `dir/<plan.id>` (or `dir/<folder>`), each document rendered by `render` (default: renderDoc). */
export async function writePlan(dir: string, plan: SubmissionPlan, render: (doc: PlannedDoc) => Promise<Buffer> = renderDoc, folder = plan.id): Promise<string> {
  const out = path.join(dir, folder);
  await mkdir(out, { recursive: true });
  for (const doc of plan.docs) await writeFile(path.join(out, `${doc.name}.${doc.scan ? 'pdf' : doc.format}`), await render(doc));
  for (const file of plan.files) await writeFile(path.join(out, file.name), file.text);
  return out;
}
