import type { ConditionStatus, Verdict } from '../model/finding.js';

/** Chinese words for statuses and verdicts in reports. */
export const STATUS_LABELS: Record<ConditionStatus, string> = { pass: '符合', fail: '不符合', unknown: '待核实' };
export const VERDICT_LABELS: Record<Verdict, string> = { pass: '通过', fail: '不通过', 'needs-review': '待人工核实', error: '无法审查' };
