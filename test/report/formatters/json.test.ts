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

describe('reportJson and scanned images', () => {
  it('leaves the embedded images of evidence regions out of report.json (they are for report.html), keeping where they are', () => {
    const report = makeHostileReport();
    report.conditions[0].evidence = [{ file: '协议书.pdf', page: 3, ref: '/blocks/2/rows/1', quote: '王建国', image: 'data:image/jpeg;base64,/9j/4AAQ' }];
    const parsed = JSON.parse(reportJson(report)) as { conditions: { evidence: Record<string, unknown>[] }[] };
    expect(parsed.conditions[0].evidence[0]).toEqual({ file: '协议书.pdf', page: 3, ref: '/blocks/2/rows/1', quote: '王建国' });
  });
});
