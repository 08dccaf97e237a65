import { describe, expect, it } from 'vitest';
import { FACTS_TABLE, valueJson } from '../../../src/corpus/tables/facts.js';
import type { Report } from '../../../src/model/report.js';

const ev = { file: '协议书.docx', ref: '/blocks/3', quote: '甲方：郑州大学', location: '第3段' };

describe('the facts table', () => {
  it('keeps a value as JSON without the evidence nested in it', () => {
    expect(valueJson([{ name: '郑州大学', type: 'university', evidence: [ev] }])).toBe('[{"name":"郑州大学","type":"university"}]');
    expect(valueJson(null)).toBeNull();
    expect(valueJson(12)).toBe('12');
  });

  it('gives one row per fact the report carries, with the kind of the document its first evidence item is in', () => {
    const report = {
      schemaVersion: 1,
      submission: { id: 's1', documents: [{ file: '协议书.docx', sha256: '', format: 'docx', kind: 'agreement', kindConfidence: 1, kindReason: '', ocr: false, quality: 'good' }] },
      pack: null,
      facts: { memberCount: { value: 12, status: 'found', confidence: 1, evidence: [ev] }, allianceName: { value: null, status: 'absent', confidence: 1, evidence: [] } },
      conditions: [],
      score: null,
      verdict: 'pass',
      flags: [],
      messages: [],
      interpretation: [],
    } satisfies Report;
    const rows = FACTS_TABLE.rows(report);
    expect(rows.map((r) => [r.fact, r.status, r.value_text, r.evidence_kind, r.evidence_location])).toEqual([
      ['memberCount', 'found', '12', 'agreement', '第3段'],
      ['allianceName', 'absent', null, null, null],
    ]);
    expect(Object.keys(rows[0])).toEqual(FACTS_TABLE.columns.map((c) => c.name));
  });
});
