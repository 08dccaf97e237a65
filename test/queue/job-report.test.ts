import { describe, expect, it } from 'vitest';
import { errorReport } from '../../src/pipeline/error-report.js';
import { failedReport, receivedReport } from '../../src/queue/job-report.js';

describe('receivedReport', () => {
  it('keeps a valid report as it arrived (key order and fields beyond the schema), for byte-identical files', () => {
    const sent = { ...errorReport('a', 'x'), extra: { kept: true } };
    const arrived = JSON.parse(JSON.stringify(sent)) as unknown;
    expect(receivedReport('a', arrived)).toBe(arrived);
  });

  it('turns a value that is not a report into the error report of that submission', () => {
    const report = receivedReport('a', { verdict: 'pass' });
    expect(report.submission.id).toBe('a');
    expect(report.verdict).toBe('error');
    expect(report.messages[0].text).toMatch(/^无法审查：工作进程返回的报告无效（/u);
  });

  it('refuses the report of another submission', () => {
    expect(receivedReport('a', errorReport('b', 'x')).messages[0].text).toBe('无法审查：工作进程返回了另一份申报的报告（b）');
  });
});

describe('failedReport', () => {
  it('says how often the job was tried and why it failed', () => {
    const report = failedReport('a', 3, '读取超时');
    expect(report.verdict).toBe('error');
    expect(report.messages).toEqual([{ level: 'error', text: '无法审查：队列任务失败（已尝试 3 次）：读取超时' }]);
  });

  it("says in Chinese that the job's workers kept dying, for BullMQ's stalled-job failure", () => {
    expect(failedReport('a', 3, 'job stalled more than allowable limit').messages[0].text).toBe('无法审查：队列任务失败（已尝试 3 次）：审查它的工作进程每次都中途退出（被终止、崩溃或内存耗尽）');
  });
});
