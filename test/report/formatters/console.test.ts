import path from 'node:path';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { consoleSummary, padColumns } from '../../../src/report/formatters/console.js';
import { HOSTILE, makeErrorReport, makeReport } from './fixtures.js';
import { RAW_BIDI } from '../hostile-text.js';

describe('consoleSummary', () => {
  const hostile = makeErrorReport(`${HOSTILE.heading}\u001b[2J${HOSTILE.bidi}`);
  hostile.messages = [{ level: 'error', text: `坏\n# 全部通过\u001b]0;x\u0007`, file: 'a' }];
  const text = consoleSummary([makeReport('henan-07'), hostile], 'out', [{ rule: 'deadline', pack: 'p', submissions: [], message: `晚交\n${HOSTILE.bidi}` }]);
  const lines = text.split('\n');

  it('prints one line per submission, the totals and the batch findings, whatever the names hold', () => {
    expect(lines).toHaveLength(6);
    expect(lines[0]).toMatch(/^henan-07 +henan-2020-alliance-application +不通过 +不符合: members\.min-count {2}待核实: agreement\.signed$/u);
    expect(lines[1]).toMatch(/^附件 # 审查结论：通过 \[2Jrtl⟨U\+202E⟩gpj\.exe +— +无法审查 {2}坏 # 全部通过 \]0;x$/u);
    expect(lines[4]).toBe('批次问题：晚交 rtl⟨U+202E⟩gpj.exe');
  });

  it('counts verdicts in the words the reports use (待人工核实, not 待核实)', () => {
    const review = consoleSummary([makeReport('a', { verdict: 'needs-review' })], 'out');
    expect(review).toContain(`共 1 份：通过 0，不通过 0，待人工核实 1，无法审查 0；带红旗 0 份。报告：${path.resolve('out')}`);
  });

  it('names the red flags of each submission on its line', () => {
    const flagged = makeReport('gansu-late', {
      verdict: 'fail',
      flags: [
        { id: 'batch.deadline', label: '逾期报送', effect: 'fail', message: '晚于截止日期', evidence: [] },
        { id: 'score.inflated', label: '自评虚高', effect: 'needs-review', message: '高 6.5 分', evidence: [] },
      ],
    });
    const [line, , total] = consoleSummary([flagged], 'out').split('\n');
    expect(line).toMatch(/不通过 {2}红旗: 逾期报送、自评虚高 {2}不符合: members\.min-count/u);
    expect(total).toContain('带红旗 1 份');
  });

  it('aligns the pack and verdict columns by terminal width when ids are Chinese', () => {
    const rows = consoleSummary([makeReport('甘肃示范企业-03'), makeReport('henan-07'), makeErrorReport('坏')], 'out').split('\n').slice(0, 3);
    const packAt = rows.map((r) => stringWidth(r.slice(0, r.search(/henan-2020|—/u))));
    expect(new Set(packAt).size).toBe(1);
    const verdictAt = rows.map((r) => stringWidth(r.slice(0, r.search(/不通过|无法审查/u))));
    expect(new Set(verdictAt).size).toBe(1);
  });

  it('sends no control character or raw bidi control to the terminal', () => {
    expect(text.replace(/\n/gu, '')).not.toMatch(/\p{Cc}/u);
    expect(text).not.toMatch(RAW_BIDI);
  });
});

describe('padColumns', () => {
  it('counts a CJK character as two columns', () => {
    expect(padColumns('兰州', 6)).toBe('兰州  ');
    expect(padColumns('ab', 6)).toBe('ab    ');
    expect(padColumns('兰州市甘肃', 6)).toBe('兰州市甘肃');
  });
});
