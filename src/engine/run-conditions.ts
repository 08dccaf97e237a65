import type { ConditionResult } from '../model/finding.js';
import { interpolate, type CheckContext, type Condition } from './condition.js';
import type { Pack } from './pack.js';

/** Runs a pack's conditions over a submission's facts; a check that throws yields `unknown`, never a pass. */
export function runConditions(pack: Pack, registry: ReadonlyMap<string, Condition>, ctx: Omit<CheckContext<unknown>, 'options' | 'metrics'>): ConditionResult[] {
  const metrics = new Map(pack.metrics.map((m) => [m.id, m]));
  return pack.conditions.map((entry) => {
    const condition = registry.get(entry.id);
    if (!condition) throw new Error(`Expected a registered condition id in pack ${pack.id}, got "${entry.id}"`);
    const options = condition.meta.options.parse(entry.options);
    let outcome;
    try {
      outcome = condition.check({ ...ctx, metrics, options });
    } catch (err) {
      outcome = { status: 'unknown' as const, messageId: 'internalError', data: { error: (err as Error).message } };
    }
    const data = outcome.data ?? {};
    const template = condition.meta.messages[outcome.messageId] ?? `检查出错：{{error}}`;
    const result: ConditionResult = {
      id: entry.as ?? entry.id,
      status: outcome.status,
      title: condition.meta.title,
      message: interpolate(template, data),
      messageId: outcome.messageId,
      data,
      source: entry.source,
      evidence: outcome.evidence ?? [],
    };
    if (outcome.seen) result.seen = outcome.seen;
    return result;
  });
}
