import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONDITIONS } from '../../checks/conditions/index.js';
import { PACKS } from '../../checks/packs/index.js';
import type { Report } from '../../src/model/report.js';
import { batchFindings } from '../../src/pipeline/batch-rules.js';
import { checkBatch } from '../../src/pipeline/run.js';

const SAMPLE = path.join(import.meta.dirname, '..', '..', 'corpora', 'sample');
let reports: Report[] = [];

beforeAll(async () => {
  const all = await checkBatch(SAMPLE, { packs: PACKS, conditions: CONDITIONS, cacheDir: null });
  reports = all.filter((r) => r.pack?.id.startsWith('gansu-2022'));
}, 120_000);

describe('batch rules of seed 002 over the sample batch', () => {
  it('flags the city that recommends more demonstration enterprises than its quota of 3', () => {
    const quota = batchFindings(reports, PACKS).filter((f) => f.rule === 'quota');
    expect(quota).toHaveLength(1);
    expect(quota[0]).toMatchObject({ pack: 'gansu-2022-demo-enterprise' });
    expect(quota[0].submissions).toHaveLength(4);
    expect(quota[0].message).toContain('兰州市');
  });

  it('flags a submission filed through the city after the city deadline (4/20), and no other', () => {
    const late = batchFindings(reports, PACKS).filter((f) => f.rule === 'deadline');
    expect(late.map((f) => f.submissions[0])).toEqual(['gansu-demo-03-late']);
  });

  it('finds nothing when each city stays within its quota', () => {
    const withinQuota = reports.filter((r) => r.submission.id !== 'gansu-demo-04-over-quota' && r.submission.id !== 'gansu-demo-03-late');
    expect(batchFindings(withinQuota, PACKS)).toEqual([]);
  });
});
