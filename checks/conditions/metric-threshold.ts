import { z } from 'zod';
import { defineCondition } from '../../src/engine/condition.js';
import { isUnreliable, resolveInput } from '../../src/engine/rubric/inputs.js';

const OPS = { '>=': (a: number, b: number) => a >= b - 1e-9, '>': (a: number, b: number) => a > b + 1e-9, '<=': (a: number, b: number) => a <= b + 1e-9, '<': (a: number, b: number) => a < b - 1e-9 } as const;

/** metric.threshold: a figure of the filing meets a stated floor ("不低于200万元", "≥ 2 %", "> 1.2"). */
export default defineCondition({
  meta: {
    id: 'metric.threshold',
    title: '指标基本要求',
    description: 'A metric or fact compares with a stated threshold (>=, >, <=, <); used once per requirement with its own id.',
    messages: {
      met: '{{label}}为 {{value}}{{unit}}，满足 {{op}} {{threshold}}{{unit}} 的要求',
      notMet: '{{label}}为 {{value}}{{unit}}，不满足 {{op}} {{threshold}}{{unit}} 的要求',
      missing: '材料中未见{{label}}',
      unreadable: '{{label}}无法可靠读取，需人工核实',
    },
    options: z.object({ input: z.string(), op: z.enum(['>=', '>', '<=', '<']), threshold: z.number(), label: z.string(), unit: z.string().default('') }),
  },
  check({ facts, metrics, options }) {
    const r = resolveInput(options.input, facts, metrics);
    const data = { label: options.label, op: options.op === '>=' ? '≥' : options.op === '<=' ? '≤' : options.op, threshold: options.threshold, unit: options.unit, value: r.value };
    if (isUnreliable(r)) return { status: 'unknown', messageId: 'unreadable', data, evidence: r.evidence };
    if (typeof r.value !== 'number') return { status: 'fail', messageId: 'missing', data, evidence: r.evidence };
    const ok = OPS[options.op](r.value, options.threshold);
    return { status: ok ? 'pass' : 'fail', messageId: ok ? 'met' : 'notMet', data, evidence: r.evidence, seen: { [options.input]: r.value } };
  },
});
