import { describe, expect, it } from 'vitest';
import { checkExitStatus, problemsSummary } from '../../src/commands/check-results.js';
import { EXIT } from '../../src/commands/exit-status.js';
import type { Report } from '../../src/model/report.js';
import type { BatchFinding } from '../../src/pipeline/batch-rules.js';
import { errorReport } from '../../src/pipeline/error-report.js';

function withVerdict(id: string, verdict: Report['verdict']): Report {
  return { ...errorReport(id, '—'), verdict };
}

const QUOTA: BatchFinding = { rule: 'quota', pack: 'p', submissions: ['a'], message: '兰州市推荐 3 个，超过名额' };

describe('checkExitStatus', () => {
  it.each([
    [['pass', 'pass'], [], 'needs-review', EXIT.passed],
    [['pass', 'needs-review'], [], 'needs-review', EXIT.problems],
    [['pass', 'needs-review'], [], 'fail', EXIT.passed],
    [['pass', 'fail'], [], 'fail', EXIT.problems],
    [['pass', 'error'], [], 'fail', EXIT.problems],
    [['pass', 'error'], [], 'needs-review', EXIT.problems],
    [['pass'], [QUOTA], 'needs-review', EXIT.problems],
    [['pass'], [QUOTA], 'fail', EXIT.passed],
  ] as const)('%j with batch findings %j and --fail-on %s → %i', (verdicts, batch, failOn, status) => {
    expect(checkExitStatus(verdicts.map((v, i) => withVerdict(`s${i}`, v)), batch, failOn)).toBe(status);
  });
});

describe('problemsSummary (--quiet)', () => {
  it('leaves out the submissions that passed and keeps the totals and batch findings', () => {
    const text = problemsSummary([withVerdict('ok-1', 'pass'), withVerdict('bad-2', 'fail'), withVerdict('ok-3', 'pass')], 'out', [QUOTA]);
    expect(text).not.toContain('ok-1');
    expect(text).not.toContain('ok-3');
    expect(text).toMatch(/^bad-2 /u);
    expect(text).toMatch(/共 3 份/u);
    expect(text).toContain(QUOTA.message);
  });

  it('is empty when nothing needs attention', () => {
    expect(problemsSummary([withVerdict('ok', 'pass')], 'out', [])).toBe('');
  });
});
