import condition from '../../../checks/conditions/metric-threshold.js';
import type { MetricInput } from '../../../src/engine/rubric/inputs.js';
import { ev, fact, testCondition } from './rule-tester.js';

const rdFloor = { input: 'metrics.rdSpending', op: '>=', threshold: 200, label: '研究与试验发展经费支出额', unit: '万元' } as const;
const metrics: MetricInput[] = [{ id: 'rdSpending', label: '研发经费支出（万元）', labels: ['研究与试验发展经费支出额'], parse: 'money' }];
const row = (value: string, confidence = 1) => fact([{ label: '研究与试验发展经费支出额', value, evidence: ev(), confidence }]);

testCondition(condition, {
  cases: [
    { name: 'exactly the floor (不低于 includes it)', facts: { labelledValues: row('200万元') }, metrics: metrics, options: rdFloor, status: 'pass', messageId: 'met', data: { value: 200 } },
    { name: 'an amount in 亿元 is normalised to 万元', facts: { labelledValues: row('0.5亿元') }, metrics: metrics, options: rdFloor, status: 'pass', messageId: 'met', data: { value: 5000 } },
    { name: 'just under the floor', facts: { labelledValues: row('199.9万元') }, metrics: metrics, options: rdFloor, status: 'fail', messageId: 'notMet' },
    { name: 'a strict ">" excludes the threshold itself', facts: { leadIndustrySharePercent: fact(1.2) }, options: { input: 'facts.leadIndustrySharePercent', op: '>', threshold: 1.2, label: '比值' }, status: 'fail', messageId: 'notMet' },
    { name: 'a strict ">" passes above it', facts: { leadIndustrySharePercent: fact(1.21) }, options: { input: 'facts.leadIndustrySharePercent', op: '>', threshold: 1.2, label: '比值' }, status: 'pass', messageId: 'met' },
    { name: 'the figure is not in the forms', facts: { labelledValues: fact([]) }, metrics: metrics, options: rdFloor, status: 'fail', messageId: 'missing' },
    { name: 'the figure was read with low confidence', facts: { labelledValues: row('900万元', 0.4) }, metrics: metrics, options: rdFloor, status: 'unknown', messageId: 'unreadable' },
    { name: 'the forms could not be read', facts: { labelledValues: fact(null, { status: 'unreadable' }) }, metrics: metrics, options: rdFloor, status: 'unknown', messageId: 'unreadable' },
  ],
});
