import condition from '../../../checks/conditions/lead-registered-in-province.js';
import { fact, testCondition } from './rule-tester.js';

const henan = { province: '河南' };
const lead = fact('河南某某科技有限公司');

testCondition(condition, {
  cases: [
    // pass
    { name: 'lead registered in the province', facts: { leadUnit: lead, leadProvince: fact('河南') }, options: henan, status: 'pass', messageId: 'inProvince', data: { lead: '河南某某科技有限公司', found: '河南', province: '河南' } },
    { name: 'province from the address (confidence 0.9)', facts: { leadUnit: lead, leadProvince: fact('河南', { confidence: 0.9 }) }, options: henan, status: 'pass', messageId: 'inProvince' },
    { name: 'the province comes from the options', facts: { leadUnit: fact('兰州某某有限公司'), leadProvince: fact('甘肃') }, options: { province: '甘肃' }, status: 'pass', messageId: 'inProvince', data: { province: '甘肃' } },

    // fail
    { name: 'lead registered in another province', facts: { leadUnit: lead, leadProvince: fact('北京') }, options: henan, status: 'fail', messageId: 'outside', data: { found: '北京', province: '河南' } },
    { name: 'lead unit absent', facts: { leadUnit: fact(null), leadProvince: fact('河南') }, options: henan, status: 'fail', messageId: 'noLead' },
    { name: 'lead unit never extracted', options: henan, status: 'fail', messageId: 'noLead' },

    // unknown
    { name: 'lead unit unreadable', facts: { leadUnit: fact(null, { status: 'unreadable' }), leadProvince: fact('河南') }, options: henan, status: 'unknown', messageId: 'notFound' },
    { name: 'lead unit read with low confidence (0.5)', facts: { leadUnit: fact('河南某某科技有限公司', { confidence: 0.5 }), leadProvince: fact('河南') }, options: henan, status: 'unknown', messageId: 'notFound' },
    { name: 'province unreadable', facts: { leadUnit: lead, leadProvince: fact(null, { status: 'unreadable' }) }, options: henan, status: 'unknown', messageId: 'notFound', data: { lead: '河南某某科技有限公司' } },
    { name: 'province read with low confidence does not pass (0.59)', facts: { leadUnit: lead, leadProvince: fact('河南', { confidence: 0.59 }) }, options: henan, status: 'unknown', messageId: 'notFound' },
    { name: 'province read with low confidence does not fail (0.59)', facts: { leadUnit: lead, leadProvince: fact('北京', { confidence: 0.59 }) }, options: henan, status: 'unknown', messageId: 'notFound' },
    // No credit code and no address the province could be read from: the extractor leaves leadProvince unset.
    { name: 'province undetermined (no code, no recognisable address)', facts: { leadUnit: lead }, options: henan, status: 'unknown', messageId: 'notFound' },
  ],
});
