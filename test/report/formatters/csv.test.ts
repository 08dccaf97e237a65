import { describe, expect, it } from 'vitest';
import { csvField, neutraliseFormula, summaryCsv } from '../../../src/report/formatters/csv.js';
import { HOSTILE, makeHostileReport, makeReport } from './fixtures.js';
import { parseCsv, readsAsFormula } from '../hostile-text.js';
import { FLAGS, flaggedReport, indicator, scoreOf } from '../../pipeline/red-flags-fixtures.js';

describe('neutraliseFormula', () => {
  it('prefixes a cell that starts with = so that a spreadsheet shows it as text', () => {
    expect(neutraliseFormula(HOSTILE.formula)).toBe(`'${HOSTILE.formula}`);
    expect(neutraliseFormula(HOSTILE.dde)).toBe(`'${HOSTILE.dde}`);
  });

  it('prefixes cells that start with +, -, @, tab or carriage return', () => {
    expect(['+1+A1', '-2+3', '@SUM(1)', '\t=1', '\r=1'].map(neutraliseFormula)).toEqual(["'+1+A1", "'-2+3", "'@SUM(1)", "'\t=1", "'\r=1"]);
  });

  it('keeps plain numbers numbers', () => {
    expect(['-3', '12.5', '+7', '-0.5', '1e3', '-.5'].map(neutraliseFormula)).toEqual(['-3', '12.5', '+7', '-0.5', '1e3', '-.5']);
  });

  it('leaves text that starts otherwise as it is', () => {
    expect(['henan-01', '河南=联盟', ' =1', "'=1"].map(neutraliseFormula)).toEqual(['henan-01', '河南=联盟', ' =1', "'=1"]);
  });
});

describe('csvField', () => {
  it('quotes a field with a comma, quote or line break after neutralising it', () => {
    expect(csvField(HOSTILE.formula)).toBe(`"'=HYPERLINK(""http://x"",""点我"")"`);
    expect(csvField('a\nb')).toBe('"a\nb"');
  });

  it('shows bidi controls', () => {
    expect(csvField(HOSTILE.bidi)).toBe('rtl⟨U+202E⟩gpj.exe');
  });

  it('writes numbers, null and undefined as before', () => {
    expect([csvField(-3), csvField(12.5), csvField(null), csvField(undefined)]).toEqual(['-3', '12.5', '', '']);
  });
});

describe('summaryCsv', () => {
  const rows = parseCsv(summaryCsv([makeHostileReport(`${HOSTILE.at}-1`), makeReport('henan-07')]));

  it('leaves no cell that a spreadsheet would read as a formula', () => {
    expect(rows.flat().filter(readsAsFormula)).toEqual([]);
  });

  it('keeps hostile values readable after the quote', () => {
    const [header, hostile] = rows;
    const at = (name: string) => hostile![header!.indexOf(name)];
    expect(at('submission')).toBe("'@SUM(1)-1");
    expect(at('alliance_name')).toBe("'@SUM(1)甲方 | 伪造单元格 |");
    expect(at('lead_unit')).toBe(`'${HOSTILE.dde}`);
    expect(at('unreadable_files')).toBe('rtl⟨U+202E⟩gpj.exe');
  });

  it('keeps an ordinary row as it was', () => {
    expect(rows[2]!.slice(0, 4)).toEqual(['henan-07', 'henan-2020-alliance-application', 'fail', '不通过']);
  });
});

describe('summaryCsv columns', () => {
  const inflated = flaggedReport('gansu-ase-01', [FLAGS['score.inflated'], FLAGS['batch.quota']], 'needs-review');
  inflated.score = scoreOf([indicator('ip', '知识产权', [10, 10], 20), indicator('plan', '中长期发展规划', [0, 5], 11)]);
  const text = summaryCsv([inflated, makeReport('henan-07')]);
  const [header, row, plain] = parseCsv(text);
  const at = (r: string[] | undefined, name: string) => r![header!.indexOf(name)];

  it('keeps the fifteen columns scripts read, in their order, and appends the new ones', () => {
    expect(header!.slice(0, 15)).toEqual(['submission', 'pack', 'verdict', 'verdict_zh', 'failed', 'unknown', 'alliance_name', 'lead_unit', 'member_count', 'documents', 'unreadable_files', 'score_min', 'score_max', 'band', 'claimed_inflation']);
    expect(header!.slice(15)).toEqual(['score_points', 'score_bonus', 'score_full', 'flags', 'flags_zh']);
  });

  it('gives the score range, the score parts, the inflation and the flags of a flagged submission', () => {
    expect([at(row, 'score_min'), at(row, 'score_max'), at(row, 'claimed_inflation'), at(row, 'score_points'), at(row, 'score_bonus'), at(row, 'score_full')]).toEqual(['10', '15', '16', '10', '0', '100']);
    expect(at(row, 'flags')).toBe('score.inflated batch.quota');
    expect(at(row, 'flags_zh')).toBe('自评虚高、超出推荐名额');
    expect(at(row, 'verdict_zh')).toBe('待人工核实');
  });

  it('leaves score and flag cells empty for a submission without a rubric or flags', () => {
    expect(['score_min', 'claimed_inflation', 'score_full', 'flags', 'flags_zh'].map((c) => at(plain, c))).toEqual(['', '', '', '', '']);
  });

  it('starts with a BOM and ends every record with CRLF, quoting a line break inside a cell', () => {
    expect(text.startsWith('\uFEFFsubmission,pack,')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\r\n')).toHaveLength(4);
    expect(summaryCsv([makeReport('a\rb')])).toContain('\r\n"a\rb",');
  });
});
