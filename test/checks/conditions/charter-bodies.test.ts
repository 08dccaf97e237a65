import condition from '../../../checks/conditions/charter-bodies.js';
import { doc, fact, record, testCondition } from './rule-tester.js';

const bodies = (decision: string[], consulting: string[], executive: string[]) => fact({ decision, consulting, executive });
const all = bodies(['理事会'], ['专家委员会'], ['秘书处']);
const responsible = fact('联盟以牵头单位名义对外承担法律责任');
const charterDoc = doc('charter.docx', 'charter');

testCondition(condition, {
  cases: [
    // pass
    { name: 'three bodies and external responsibility', records: [record('charter', { bodies: all, externalResponsibility: responsible })], documents: [charterDoc], status: 'pass', messageId: 'ok', data: { decision: ['理事会'], consulting: ['专家委员会'], executive: ['秘书处'] } },
    { name: 'several names for one kind of body', records: [record('charter', { bodies: bodies(['会员大会', '理事会'], ['专家委员会'], ['秘书处']), externalResponsibility: responsible })], documents: [charterDoc], status: 'pass', messageId: 'ok', data: { decision: ['会员大会', '理事会'] } },
    { name: 'responsibility not required by the options', records: [record('charter', { bodies: all })], documents: [charterDoc], options: { requireExternalResponsibility: false }, status: 'pass', messageId: 'ok' },

    // fail
    { name: 'no consulting body', records: [record('charter', { bodies: bodies(['理事会'], [], ['秘书处']), externalResponsibility: responsible })], documents: [charterDoc], status: 'fail', messageId: 'missingBodies', data: { missing: ['咨询机构'] } },
    { name: 'no decision and no executive body', records: [record('charter', { bodies: bodies([], ['专家委员会'], []), externalResponsibility: responsible })], documents: [charterDoc], status: 'fail', messageId: 'missingBodies', data: { missing: ['决策机构', '执行机构'] } },
    { name: 'bodies absent from a well-read charter', records: [record('charter', { bodies: fact(null), externalResponsibility: responsible })], documents: [charterDoc], status: 'fail', messageId: 'missingBodies', data: { missing: ['决策机构', '咨询机构', '执行机构'] } },
    { name: 'external responsibility required by default', records: [record('charter', { bodies: all })], documents: [charterDoc], status: 'fail', messageId: 'noResponsibility' },
    { name: 'external responsibility absent', records: [record('charter', { bodies: all, externalResponsibility: fact(null) })], documents: [charterDoc], options: { requireExternalResponsibility: true }, status: 'fail', messageId: 'noResponsibility' },
    { name: 'bodies in the agreement do not make a charter', records: [record('agreement', { bodies: all, externalResponsibility: responsible })], documents: [doc('agreement.docx', 'agreement')], status: 'fail', messageId: 'noCharter' },

    // unknown
    { name: 'bodies not found in a partially readable charter', records: [record('charter', { bodies: bodies(['理事会'], [], []), externalResponsibility: responsible })], documents: [doc('charter.pdf', 'charter', 'partial')], status: 'unknown', messageId: 'unreadable', data: { missing: ['咨询机构', '执行机构'] } },
    { name: 'responsibility not found in an unreadable charter', records: [record('charter', { bodies: all })], documents: [doc('charter.pdf', 'charter', 'unreadable')], status: 'unknown', messageId: 'unreadable' },
    { name: 'no charter record but a file could not be read', documents: [doc('broken.pdf', 'unknown', 'error')], status: 'unknown', messageId: 'notRead', data: { where: ['broken.pdf'] } },
    { name: 'bodies fact unreadable', records: [record('charter', { bodies: fact(null, { status: 'unreadable' }), externalResponsibility: responsible })], documents: [charterDoc], status: 'unknown', messageId: 'unreadable' },
    { name: 'bodies read with low confidence (0.5)', records: [record('charter', { bodies: fact({ decision: ['理事会'], consulting: ['专家委员会'], executive: ['秘书处'] }, { confidence: 0.5 }), externalResponsibility: responsible })], documents: [charterDoc], status: 'unknown', messageId: 'unreadable' },
    { name: 'external responsibility fact unreadable', records: [record('charter', { bodies: all, externalResponsibility: fact(null, { status: 'unreadable' }) })], documents: [charterDoc], status: 'unknown', messageId: 'unreadable' },
  ],
});
