import { describe, expect, it } from 'vitest';
import { reportJson, summaryJson } from '../../../src/report/formatters/json.js';
import { HOSTILE, makeHostileReport } from './fixtures.js';
import { RAW_BIDI } from '../hostile-text.js';

describe('reportJson', () => {
  const report = makeHostileReport();
  const json = reportJson(report);

  it('writes bidi controls as \\u escapes so that no editor reorders the text', () => {
    expect(json).not.toMatch(RAW_BIDI);
    expect(json).toContain('"file": "rtl\\u202egpj.exe"');
  });

  it('parses back to the same report, named by its shipped JSON Schema', () => {
    const { $schema, ...rest } = JSON.parse(json) as { $schema: string };
    expect($schema).toBe('innovation-filings/schemas/report.schema.json');
    expect(rest).toEqual(report);
  });
});

describe('summaryJson', () => {
  it('writes bidi controls in rows and batch findings as \\u escapes and parses back unchanged', () => {
    const batch = [{ rule: 'quota' as const, pack: 'p', submissions: [HOSTILE.bidi], message: HOSTILE.bidi }];
    const json = summaryJson([makeHostileReport()], batch);
    expect(json).not.toMatch(RAW_BIDI);
    const parsed = JSON.parse(json);
    expect(parsed.batch).toEqual(batch);
    expect(parsed.rows[0].unreadableFiles).toEqual([HOSTILE.bidi]);
  });
});
