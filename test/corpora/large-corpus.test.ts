import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONDITIONS } from '../../checks/conditions/index.js';
import { PACKS } from '../../checks/packs/index.js';
import { writeLargeCorpus, PLANTED_FILE, type PlantedPair } from '../../corpora/generator/large-corpus.js';
import { readDocument } from '../../extractors/formats/index.js';
import { nearDuplicates } from '../../src/corpus/near-duplicates.js';
import { docLines } from '../../src/model/doc-view.js';
import { checkBatch } from '../../src/pipeline/run.js';
import { sniffFormat } from '../../src/pipeline/sniff.js';

const COUNT = 20;
const PAIRS = 3;
let work: string;
let corpus: string;

/** Every file under a folder, by relative path, with its bytes. */
async function files(dir: string): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    out.set(path.relative(dir, full), await readFile(full));
  }
  return out;
}

async function submissionFolders(dir: string): Promise<string[]> {
  return (await readdir(dir, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name).sort();
}

const plantedIn = async (dir: string): Promise<{ seed: string; count: number; pairs: PlantedPair[] }> => JSON.parse(await readFile(path.join(dir, PLANTED_FILE), 'utf8'));

/** The text of a DOCX or PDF as the checker's own readers give it. */
async function textOf(file: string): Promise<string> {
  const bytes = await readFile(file);
  const doc = await readDocument({ name: path.basename(file), bytes, sha256: file, format: sniffFormat(bytes) });
  return docLines(doc).map((l) => l.text).join('\n');
}

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'large-corpus-'));
  corpus = path.join(work, 'corpus');
  await writeLargeCorpus({ count: COUNT, out: corpus, seed: 'test', nearDuplicates: PAIRS });
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('writeLargeCorpus', () => {
  it('writes N submission folders, each with expected.json and only DOCX and PDF documents', async () => {
    const folders = await submissionFolders(corpus);
    expect(folders).toHaveLength(COUNT);
    expect(folders[0]).toMatch(/^00001-(henan|gansu|hefei)-/u);
    const all = await files(corpus);
    for (const folder of folders) expect(all.has(path.join(folder, 'expected.json')), folder).toBe(true);
    const extensions = new Set([...all.keys()].map((name) => path.extname(name)));
    expect([...extensions].sort()).toEqual(['.docx', '.json', '.pdf']);
  });

  it('lists the planted pairs with ids and agreement files that exist, and agreements at least 0.8 alike', async () => {
    const { pairs } = await plantedIn(corpus);
    const folders = new Set(await submissionFolders(corpus));
    const all = await files(corpus);
    expect(pairs).toHaveLength(PAIRS);
    const inPairs = pairs.flatMap((p) => [p.source, p.copy]);
    expect(new Set(inPairs).size).toBe(2 * PAIRS);
    for (const p of pairs) {
      expect(folders.has(p.source) && folders.has(p.copy), `${p.source} ${p.copy}`).toBe(true);
      expect(p.source < p.copy).toBe(true);
      expect(all.has(p.sourceFile) && all.has(p.copyFile), `${p.sourceFile} ${p.copyFile}`).toBe(true);
      expect(p.jaccard).toBeGreaterThanOrEqual(0.8);
    }
  });

  it('plants pairs that nearDuplicates finds in the files as written, and no others among the agreements', async () => {
    const docs = [];
    for (const folder of await submissionFolders(corpus)) {
      const agreement = (await readdir(path.join(corpus, folder))).find((name) => name.includes('协议'));
      if (agreement) docs.push({ id: folder, submission: folder, kind: 'agreement', text: await textOf(path.join(corpus, folder, agreement)) });
    }
    const found = nearDuplicates(docs).pairs.map((p) => `${p.a} ${p.b}`);
    const { pairs } = await plantedIn(corpus);
    expect(found).toEqual(pairs.map((p) => `${p.source} ${p.copy}`).sort());
  });

  it('writes the same bytes for the same seed, and other submissions for another', async () => {
    const again = path.join(work, 'again');
    const other = path.join(work, 'other');
    await writeLargeCorpus({ count: COUNT, out: again, seed: 'test', nearDuplicates: PAIRS });
    await writeLargeCorpus({ count: COUNT, out: other, seed: 'other', nearDuplicates: PAIRS });
    const [first, second, third] = await Promise.all([files(corpus), files(again), files(other)]);
    expect([...second.keys()].sort()).toEqual([...first.keys()].sort());
    const differing = [...first].filter(([name, bytes]) => !second.get(name)!.equals(bytes)).map(([name]) => name);
    expect(differing).toEqual([]);
    expect(await submissionFolders(other)).not.toEqual(await submissionFolders(corpus));
  });

  it('writes submissions that the checker reads to their expected.json (pack, verdict, condition statuses)', { timeout: 180_000 }, async () => {
    const folders = await submissionFolders(corpus);
    const reports = await checkBatch(folders.map((f) => path.join(corpus, f)), { packs: PACKS, conditions: CONDITIONS, cacheDir: null });
    const mismatches: string[] = [];
    for (const r of reports) {
      const want = JSON.parse(await readFile(path.join(corpus, r.submission.id, 'expected.json'), 'utf8')) as { pack: string; verdict: string; conditions: Record<string, string> };
      if (r.pack?.id !== want.pack) mismatches.push(`${r.submission.id}: pack ${r.pack?.id} ≠ ${want.pack}`);
      if (r.verdict !== want.verdict) mismatches.push(`${r.submission.id}: verdict ${r.verdict} ≠ ${want.verdict}`);
      for (const [id, status] of Object.entries(want.conditions)) {
        const got = r.conditions.find((c) => c.id === id);
        if (got?.status !== status) mismatches.push(`${r.submission.id}: ${id} ${got?.status} ≠ ${status} (${got?.message})`);
      }
    }
    expect(reports).toHaveLength(COUNT);
    expect(mismatches).toEqual([]);
  });

  it('refuses more planted pairs than plantable submissions, and a folder that already holds files', async () => {
    await expect(writeLargeCorpus({ count: 4, out: path.join(work, 'few'), nearDuplicates: 10 })).rejects.toThrow(/^Expected at most \d+ near-duplicate pairs for 4 submissions, got 10$/u);
    const used = path.join(work, 'used');
    await writeLargeCorpus({ count: 1, out: used });
    await writeFile(path.join(used, 'notes.txt'), 'x');
    await expect(writeLargeCorpus({ count: 1, out: used })).rejects.toThrow(`Expected a new or empty folder to write the corpus into, got ${used} with 3 entries`);
  });
});
