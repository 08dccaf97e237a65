import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { consoleSummary } from '../../../src/report/formatters/console.js';
import { HOSTILE, makeErrorReport, makeReport } from './fixtures.js';
import { RAW_BIDI } from '../hostile-text.js';

describe('consoleSummary', () => {
  const hostile = makeErrorReport(`${HOSTILE.heading}\u001b[2J${HOSTILE.bidi}`);
  hostile.messages = [{ level: 'error', text: `坏\n# 全部通过\u001b]0;x\u0007`, file: 'a' }];
  const text = consoleSummary([makeReport('henan-07'), hostile], 'out', [{ rule: 'deadline', pack: 'p', submissions: [], message: `晚交\n${HOSTILE.bidi}` }]);
  const lines = text.split('\n');

  it('prints one line per submission, the totals and the batch findings, whatever the names hold', () => {
    expect(lines).toHaveLength(6);
    expect(lines[0]).toMatch(/^henan-07 +henan-2020-alliance-application +不通过 {2}不符合: members\.min-count {2}待核实: agreement\.signed$/u);
    expect(lines[1]).toMatch(/^附件 # 审查结论：通过 \[2Jrtl⟨U\+202E⟩gpj\.exe +— +无法审查 {2}坏 # 全部通过 \]0;x$/u);
    expect(lines[3]).toBe(`共 2 份：通过 0，不通过 1，待核实 0，无法审查 1。报告：${path.resolve('out')}`);
    expect(lines[4]).toBe('批次问题：晚交 rtl⟨U+202E⟩gpj.exe');
  });

  it('sends no control character or raw bidi control to the terminal', () => {
    expect(text.replace(/\n/gu, '')).not.toMatch(/\p{Cc}/u);
    expect(text).not.toMatch(RAW_BIDI);
  });
});
