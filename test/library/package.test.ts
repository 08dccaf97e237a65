/**
 * The package as another project uses it: a separate ES module package that depends on
 * innovation-filings (node_modules/innovation-filings → this repository, as `npm install` of a
 * local path does) imports the library by its name, checks sample submissions and writes their
 * JSON; the JSON is validated against the JSON Schemas shipped in `schemas/`; a TypeScript file
 * importing the types is type-checked. Needs the build (`npm run build`; `npm test` does).
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { jsonSchemas } from '../../src/schemas/json-schemas.js';
import { SCHEMA_FILES, SCHEMA_IDS } from '../../src/schemas/ids.js';
import { ReportSchema } from '../../src/model/report.js';
import { SummarySchema } from '../../src/model/summary.js';
import { validate } from './json-schema-check.js';

const run = promisify(execFile);
const ROOT = path.join(import.meta.dirname, '..', '..');
const SAMPLE = path.join(ROOT, 'corpora', 'sample');
const PKG = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { main: string; types: string; exports: Record<string, unknown>; files: string[] };

const CONSUMER = `
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkBatch, checkSubmission, readDocument, ReportSchema, SummarySchema, PACKS, CONDITIONS, SCHEMA_IDS, reportJson, summaryJson, batchFindings } from 'innovation-filings';

const [passing, failing, docx] = process.argv.slice(2);
const reports = await checkBatch([passing, docx], { ocr: false });
const single = await checkSubmission(failing, { ocr: false });
const doc = await readDocument(docx, { ocr: false });
const all = [...reports, single];
writeFileSync('report.json', reportJson(reports[0]));
writeFileSync('summary.json', summaryJson(all, batchFindings(all, PACKS)));
const schemaFile = fileURLToPath(import.meta.resolve('innovation-filings/schemas/report.schema.json'));
const pkg = JSON.parse(readFileSync(fileURLToPath(import.meta.resolve('innovation-filings/package.json')), 'utf8'));
let deepImport = 'allowed';
try { await import('innovation-filings/dist/src/cli.js'); } catch (err) { deepImport = err.code; }
console.log(JSON.stringify({
  verdicts: all.map((r) => [r.submission.id, r.verdict]),
  parsed: all.every((r) => ReportSchema.safeParse(JSON.parse(reportJson(r))).success),
  summaryParsed: SummarySchema.safeParse(JSON.parse(summaryJson(all))).success,
  packs: PACKS.size, conditions: CONDITIONS.size,
  schemaId: JSON.parse(readFileSync(schemaFile, 'utf8')).$id === SCHEMA_IDS.report,
  version: pkg.version,
  docFile: doc.origin.file, blocks: doc.blocks.length,
  deepImport,
}));
`;

const TS_CONSUMER = `
import { checkBatch, checkSubmission, readDocument, ReportSchema, SummarySchema, PACKS, type Report, type Verdict, type Doc, type Summary, type CheckOptions } from 'innovation-filings';

const options: CheckOptions = { ocr: false, concurrency: 2, onProgress: (p) => p.filesDone };
const reports: Promise<Report[]> = checkBatch(['a/', 'b.zip'], options);
const one: Promise<Report> = checkSubmission('c.docx');
const doc: Promise<Doc> = readDocument({ name: 'x.pdf', bytes: new Uint8Array() }, { ocr: false });
const verdict: Verdict = ReportSchema.parse({}).verdict;
const rows: Summary['rows'] = SummarySchema.parse({}).rows;
const title: string | undefined = PACKS.get('henan-2020-alliance-application')?.title;
// @ts-expect-error a verdict is one of four words
const wrong: Verdict = 'maybe';
void [reports, one, doc, verdict, rows, title, wrong];
`;

let consumer: string;

beforeAll(() => {
  for (const f of [PKG.main, PKG.types, ...Object.values(SCHEMA_FILES).map((s) => `schemas/${s}`)]) {
    if (!existsSync(path.join(ROOT, f))) throw new Error(`Expected ${f}, got nothing; run \`npm run build\` first (\`npm test\` does).`);
  }
  consumer = mkdtempSync(path.join(os.tmpdir(), 'filings-consumer-'));
  writeFileSync(path.join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module', dependencies: { 'innovation-filings': `file:${ROOT}` } }));
  mkdirSync(path.join(consumer, 'node_modules', '@types'), { recursive: true });
  symlinkSync(ROOT, path.join(consumer, 'node_modules', 'innovation-filings'), 'dir');
  symlinkSync(path.join(ROOT, 'node_modules', '@types', 'node'), path.join(consumer, 'node_modules', '@types', 'node'), 'dir');
  writeFileSync(path.join(consumer, 'check.mjs'), CONSUMER);
  writeFileSync(path.join(consumer, 'check.ts'), TS_CONSUMER);
});

describe('package.json', () => {
  it('points main, types and exports at the built files and ships the schemas', () => {
    expect(PKG.main).toBe('dist/src/index.js');
    expect(PKG.types).toBe('dist/src/index.d.ts');
    expect(PKG.exports).toEqual({ '.': { types: './dist/src/index.d.ts', import: './dist/src/index.js' }, './package.json': './package.json', './schemas/*': './schemas/*' });
    expect(PKG.files).toEqual(expect.arrayContaining(['dist', 'schemas']));
  });
});

describe('a separate package using the library', () => {
  let result: { verdicts: [string, string][]; parsed: boolean; summaryParsed: boolean; packs: number; conditions: number; schemaId: boolean; version: string; docFile: string; blocks: number; deepImport: string };

  beforeAll(async () => {
    const { stdout } = await run(process.execPath, ['check.mjs', path.join(SAMPLE, 'henan-01-complete-docx'), path.join(SAMPLE, 'henan-05-missing-and-empty'), path.join(SAMPLE, 'gansu-01-complete-docx', '组建申请表.docx')], { cwd: consumer });
    result = JSON.parse(stdout);
  }, 120_000);

  it('imports checkBatch, checkSubmission and readDocument by the package name and checks sample submissions', () => {
    expect(result.verdicts).toEqual([
      ['henan-01-complete-docx', 'pass'],
      ['组建申请表', 'fail'],
      ['henan-05-missing-and-empty', 'fail'],
    ]);
    expect(result.docFile).toBe('组建申请表.docx');
    expect(result.blocks).toBeGreaterThan(10);
    expect(result.packs).toBeGreaterThanOrEqual(8);
    expect(result.conditions).toBeGreaterThan(10);
  });

  it('parses its JSON back with the exported zod schemas', () => {
    expect(result.parsed).toBe(true);
    expect(result.summaryParsed).toBe(true);
  });

  it('resolves the shipped schema and package.json through exports, and nothing else inside the package', () => {
    expect(result.schemaId).toBe(true);
    expect(result.version).toMatch(/^\d+\.\d+\.\d+/u);
    expect(result.deepImport).toBe('ERR_PACKAGE_PATH_NOT_EXPORTED');
  });

  it('writes report.json and summary.json that validate against the shipped JSON Schemas they name', () => {
    for (const [file, kind] of [
      ['report.json', 'report'],
      ['summary.json', 'summary'],
    ] as const) {
      const json = JSON.parse(readFileSync(path.join(consumer, file), 'utf8'));
      expect(json.$schema).toBe(SCHEMA_IDS[kind]);
      const schema = JSON.parse(readFileSync(path.join(ROOT, 'schemas', SCHEMA_FILES[kind]), 'utf8'));
      expect(schema.$id).toBe(json.$schema);
      expect(validate(schema, json)).toEqual([]);
    }
  });

  it('type-checks a TypeScript file that imports the library and its types', async () => {
    const tsc = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    const args = ['--noEmit', '--strict', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', '--skipLibCheck', '--types', 'node', 'check.ts'];
    await expect(run(process.execPath, [tsc, ...args], { cwd: consumer })).resolves.toBeDefined();
  }, 120_000);
});

describe('the JSON Schemas', () => {
  const schemas = jsonSchemas();
  const report = JSON.parse(readFileSync(path.join(ROOT, 'schemas', SCHEMA_FILES.report), 'utf8'));

  it('in schemas/ are those the zod schemas give (npm run build writes them)', () => {
    for (const kind of Object.keys(SCHEMA_FILES) as (keyof typeof SCHEMA_FILES)[]) {
      expect(JSON.parse(readFileSync(path.join(ROOT, 'schemas', SCHEMA_FILES[kind]), 'utf8'))).toEqual(schemas[kind]);
    }
  });

  it('require what the zod schemas require, and allow fields they do not name (a newer version may add some)', () => {
    expect(report.$id).toBe(SCHEMA_IDS.report);
    expect(report.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect([...report.required].sort()).toEqual(Object.entries(ReportSchema.shape).filter(([, s]) => !s.safeParse(undefined).success).map(([k]) => k).sort());
    expect(Object.keys(report.properties)).toEqual(expect.arrayContaining([...Object.keys(ReportSchema.shape), '$schema']));
    expect(report.additionalProperties).toBeUndefined();
    expect(schemas.summary.required).toEqual(['schemaVersion', 'submissions', 'totals', 'batch', 'rows']);
  });

  it('refuse a report with a verdict that does not exist or without its conditions', () => {
    const good = { schemaVersion: 1, submission: { id: 'x', documents: [] }, pack: null, facts: {}, conditions: [], score: null, verdict: 'pass', messages: [], interpretation: [] };
    expect(validate(report, good)).toEqual([]);
    expect(validate(report, { ...good, verdict: 'maybe' })).toEqual([expect.stringMatching(/^\/verdict: expected one of/u)]);
    const { conditions: _, ...withoutConditions } = good;
    expect(validate(report, withoutConditions)).toEqual(['/: missing conditions']);
  });
});
