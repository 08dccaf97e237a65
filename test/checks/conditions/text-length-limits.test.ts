import condition from '../../../checks/conditions/text-length-limits.js';
import { fact, record, testCondition } from './rule-tester.js';

const item = (label: string, length: number, limit: number | null) => ({ label, text: '字'.repeat(length), length, limit });
const proposal = (items: ReturnType<typeof item>[]) => record('proposal', { limitedTexts: fact(items) });

testCondition(condition, {
  cases: [
    // pass
    { name: 'every answer within its limit', records: [proposal([item('联盟简介（限200字）', 150, 200), item('技术创新目标（限500字）', 480, 500)])], status: 'pass', messageId: 'ok', data: { count: 2 } },
    { name: 'exactly at the limit (以内 includes it)', records: [proposal([item('联盟简介（限200字）', 200, 200)])], status: 'pass', messageId: 'ok', data: { count: 1 } },
    { name: 'answers without a stated limit are ignored', records: [proposal([item('备注', 5000, null), item('简介（限100字）', 100, 100)])], status: 'pass', messageId: 'ok', data: { count: 1 } },
    { name: 'answers of several documents are counted', records: [proposal([item('简介（限100字）', 10, 100)]), record('application-form', { limitedTexts: fact([item('目标（限500字）', 10, 500)]) })], status: 'pass', messageId: 'ok', data: { count: 2 } },
    { name: 'no limited answers (not applicable)', records: [proposal([])], status: 'pass', messageId: 'none' },
    { name: 'only unlimited answers (not applicable)', records: [proposal([item('备注', 10, null)])], status: 'pass', messageId: 'none' },
    { name: 'no records (not applicable)', status: 'pass', messageId: 'none' },

    // fail
    { name: 'one character over the limit', records: [proposal([item('联盟简介（限200字）', 201, 200), item('目标（限500字）', 500, 500)])], status: 'fail', messageId: 'over' },
    { name: 'over the limit in a second document', records: [proposal([item('简介（限100字）', 10, 100)]), record('application-form', { limitedTexts: fact([item('目标（限500字）', 501, 500)]) })], status: 'fail', messageId: 'over' },

    // unknown: answers that could not be read may be over their limits; "not applicable" would be a silent pass.
    { name: 'limited answers unreadable', records: [record('proposal', { limitedTexts: fact(null, { status: 'unreadable' }) })], status: 'unknown', messageId: 'unreadable' },
  ],
});
