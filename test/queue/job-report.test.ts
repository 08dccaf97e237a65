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

  it('refuses a report of another layout version, naming the field', () => {
    const text = receivedReport('a', { ...errorReport('a', 'x'), schemaVersion: 99 }).messages[0].text;
    expect(text).toMatch(/^无法审查：工作进程返回的报告无效（schemaVersion /u);
  });

  it('refuses a report whose verdict or condition status is not one of the known values', () => {
    expect(receivedReport('a', { ...errorReport('a', 'x'), verdict: 'ok' }).verdict).toBe('error');
    const withCondition = { ...errorReport('a', 'x'), verdict: 'pass', conditions: [{ id: 'c1', status: 'maybe' }] };
    expect(receivedReport('a', withCondition).messages[0].text).toMatch(/conditions\.0\.status/u);
  });

  it('refuses a report without its documents or messages lists', () => {
    const { messages: _, ...noMessages } = errorReport('a', 'x');
    expect(receivedReport('a', noMessages).verdict).toBe('error');
    const report = errorReport('a', 'x');
    expect(receivedReport('a', { ...report, submission: { id: 'a' } }).messages[0].text).toMatch(/submission\.documents/u);
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
