import { appendFile, cp, mkdtemp, rename, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PACKS } from '../../checks/packs/index.js';
import { submissionAt } from '../../src/pipeline/ingest.js';
import { settingsOf } from '../../src/queue/coordinator.js';
import type { JobSettings, ProgramVersion } from '../../src/queue/job-data.js';
import { jobIdOf, submissionContents } from '../../src/queue/job-id.js';

const SAMPLE = path.join(import.meta.dirname, '..', '..', 'corpora', 'sample', 'henan-01-complete-docx');
const PROGRAM: ProgramVersion = { version: '1.0.0', extractor: '6' };
const SETTINGS: JobSettings = settingsOf({});

let tmp = '';

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'filings-job-id-'));
});

afterAll(async () => {
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

/** The job id of the submission folder at `dir`, with some of the run's settings changed. */
async function idOf(dir: string, change: { settings?: Partial<JobSettings>; program?: Partial<ProgramVersion>; id?: string } = {}): Promise<string> {
  const source = await submissionAt(dir);
  const settings = { ...SETTINGS, ...change.settings };
  return jobIdOf({ id: change.id ?? source.id, contents: await submissionContents(source, settings.limits), settings, program: { ...PROGRAM, ...change.program }, packs: PACKS });
}

async function copy(name: string): Promise<string> {
  const dir = path.join(tmp, name, 'henan-01-complete-docx');
  await cp(SAMPLE, dir, { recursive: true });
  return dir;
}

describe('jobIdOf', () => {
  it('gives the same submission the same id, wherever it lies, in a form BullMQ accepts', async () => {
    const id = await idOf(SAMPLE);
    expect(id).toMatch(/^filings-[0-9a-f]{64}$/u);
    expect(await idOf(SAMPLE)).toBe(id);
    expect(await idOf(await copy('elsewhere'))).toBe(id);
  });

  it('gives a new id when a file changes or is renamed', async () => {
    const id = await idOf(SAMPLE);
    const changed = await copy('changed');
    await appendFile(path.join(changed, '附件1-构建建议书.docx'), 'x');
    expect(await idOf(changed)).not.toBe(id);
    const renamed = await copy('renamed');
    await rename(path.join(renamed, '附件1-构建建议书.docx'), path.join(renamed, '建议书.docx'));
    expect(await idOf(renamed)).not.toBe(id);
  });

  it('gives a new id when submission.json changes', async () => {
    const changed = await copy('meta');
    await appendFile(path.join(changed, 'submission.json'), ' ');
    // Whitespace after the JSON reads the same.
    expect(await idOf(changed)).toBe(await idOf(SAMPLE));
    const other = await copy('no-meta');
    await rm(path.join(other, 'submission.json'));
    expect(await idOf(other)).not.toBe(await idOf(SAMPLE));
  });

  it.each<[string, Parameters<typeof idOf>[1]]>([
    ['another submission id', { id: 'henan-01-complete-docx-2' }],
    ['--pack', { settings: { pack: 'henan-2020-alliance-application' } }],
    ['--no-ocr', { settings: { ocr: false } }],
    ['--ocr-second-pass off', { settings: { ocrSecondPass: false } }],
    ['--limit', { settings: { limits: { ...SETTINGS.limits, fileBytes: 1024 } } }],
    ['another program version', { program: { version: '1.0.1' } }],
    ['another reader version', { program: { extractor: '7' } }],
  ])('gives a new id for %s', async (_what, change) => {
    expect(await idOf(SAMPLE, change)).not.toBe(await idOf(SAMPLE));
  });
});
