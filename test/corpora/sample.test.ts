import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONDITIONS } from '../../checks/conditions/index.js';
import { PACKS } from '../../checks/packs/index.js';
import type { Report } from '../../src/model/report.js';
import { ReportSchema } from '../../src/model/report.js';
import { checkBatch } from '../../src/pipeline/run.js';

const SAMPLE = path.join(import.meta.dirname, '..', '..', 'corpora', 'sample');

interface Expected {
  pack: string;
  verdict: string;
  facts: Record<string, unknown>;
  conditions: Record<string, string>;
  score?: { points: number; bonus: number; range: [number, number]; indicators: Record<string, [number, number]>; claimed?: Record<string, number>; inflation?: number };
}

let reports: Report[] = [];

beforeAll(async () => {
  reports = await checkBatch(SAMPLE, { packs: PACKS, conditions: CONDITIONS, cacheDir: null });
}, 180_000);

async function expectedOf(id: string): Promise<Expected> {
  return JSON.parse(await readFile(path.join(SAMPLE, id, 'expected.json'), 'utf8')) as Expected;
}

function factValue(report: Report, key: string): unknown {
  const fact = (report.facts as Record<string, { value: unknown; status: string } | undefined>)[key];
  return fact?.status === 'found' ? fact.value : `(${fact?.status ?? 'missing'})`;
}

describe('the embedded sample batch, through the real pipeline', () => {
  it('holds at least 12 submissions, every one with expected.json', () => {
    expect(reports.length).toBeGreaterThanOrEqual(12);
  });

  it('produces reports that validate against the report schema', () => {
    for (const r of reports) expect(() => ReportSchema.parse(r), r.submission.id).not.toThrow();
  });

  it('gives every submission the expected pack, verdict and condition statuses', async () => {
    const mismatches: string[] = [];
    for (const r of reports) {
      const want = await expectedOf(r.submission.id);
      if (r.pack?.id !== want.pack) mismatches.push(`${r.submission.id}: pack ${r.pack?.id} ≠ ${want.pack}`);
      if (r.verdict !== want.verdict) mismatches.push(`${r.submission.id}: verdict ${r.verdict} ≠ ${want.verdict}`);
      for (const [id, status] of Object.entries(want.conditions)) {
        const got = r.conditions.find((c) => c.id === id);
        if (got?.status !== status) mismatches.push(`${r.submission.id}: ${id} ${got?.status} ≠ ${status} (${got?.message})`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('reads every expected fact with its true value', async () => {
    const mismatches: string[] = [];
    for (const r of reports) {
      const want = await expectedOf(r.submission.id);
      for (const [key, value] of Object.entries(want.facts)) {
        const got = factValue(r, key);
        const same = Array.isArray(value) && Array.isArray(got) ? [...got].sort().join('|') === [...value].sort().join('|') : got === value;
        if (!same) mismatches.push(`${r.submission.id}: ${key} = ${JSON.stringify(got)} ≠ ${JSON.stringify(value)}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('scores every indicator of the submissions with a rubric as expected.json says', async () => {
    const mismatches: string[] = [];
    for (const r of reports) {
      const want = (await expectedOf(r.submission.id)).score;
      if (!want) continue;
      if (!r.score) {
        mismatches.push(`${r.submission.id}: no score`);
        continue;
      }
      for (const [id, range] of Object.entries(want.indicators)) {
        const got = r.score.indicators.find((i) => i.id === id);
        if (got?.range.join() !== range.join()) mismatches.push(`${r.submission.id}: ${id} ${JSON.stringify(got?.range)} ≠ ${JSON.stringify(range)} (${got?.trace.rule})`);
      }
      for (const [id, claimed] of Object.entries(want.claimed ?? {})) {
        const got = r.score.indicators.find((i) => i.id === id);
        if (got?.claimed !== claimed) mismatches.push(`${r.submission.id}: ${id} claimed ${got?.claimed} ≠ ${claimed}`);
      }
      if (r.score.points !== want.points || r.score.bonus !== want.bonus || r.score.range.join() !== want.range.join()) {
        mismatches.push(`${r.submission.id}: total ${r.score.points}+${r.score.bonus} ${JSON.stringify(r.score.range)} ≠ ${want.points}+${want.bonus} ${JSON.stringify(want.range)}`);
      }
      if (want.inflation !== undefined && r.score.inflation !== want.inflation) mismatches.push(`${r.submission.id}: inflation ${r.score.inflation} ≠ ${want.inflation}`);
    }
    expect(mismatches).toEqual([]);
  });

  it('backs every found fact and every failed condition with evidence naming a file and a quote', () => {
    for (const r of reports) {
      for (const [key, fact] of Object.entries(r.facts)) {
        if (fact?.status !== 'found') continue;
        expect(fact.evidence.length, `${r.submission.id} ${key}`).toBeGreaterThan(0);
        for (const e of fact.evidence) expect(e.file && e.quote, `${r.submission.id} ${key}`).toBeTruthy();
      }
      for (const c of r.conditions.filter((x) => x.status === 'fail' && x.messageId !== 'noAgreement' && x.messageId !== 'noCharter' && x.messageId !== 'missing')) {
        expect(c.evidence.length, `${r.submission.id} ${c.id}`).toBeGreaterThan(0);
      }
    }
  });
});
