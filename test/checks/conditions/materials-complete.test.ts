import condition from '../../../checks/conditions/materials-complete.js';
import { doc, testCondition } from './rule-tester.js';

const henan = { required: ['proposal', 'feasibility-report', 'recommendation-form', 'agreement'] } as const;
const gansu = { required: ['application-form', 'agreement', 'charter'], recommended: ['supporting-evidence'] } as const;
const henanDocs = [doc('建议书.docx', 'proposal'), doc('可研报告.docx', 'feasibility-report'), doc('推荐表.pdf', 'recommendation-form'), doc('协议书.pdf', 'agreement')];
const gansuDocs = [doc('申请表.docx', 'application-form'), doc('协议.docx', 'agreement'), doc('章程.docx', 'charter')];

testCondition(condition, {
  cases: [
    // pass
    { name: 'all four Henan documents', documents: henanDocs, options: { required: [...henan.required] }, status: 'pass', messageId: 'complete', data: { present: ['构建建议书', '可行性研究报告', '推荐表', '联盟协议书'] } },
    { name: 'Gansu documents with the recommended evidence', documents: [...gansuDocs, doc('证明.pdf', 'supporting-evidence')], options: { required: [...gansu.required], recommended: [...gansu.recommended] }, status: 'pass', messageId: 'complete' },
    { name: 'Gansu documents without the recommended evidence', documents: gansuDocs, options: { required: [...gansu.required], recommended: [...gansu.recommended] }, status: 'pass', messageId: 'recommended', data: { recommended: ['证明材料'] } },
    { name: 'a present but partially readable document still counts as submitted', documents: [...henanDocs.slice(0, 3), doc('协议书.pdf', 'agreement', 'partial')], options: { required: [...henan.required] }, status: 'pass', messageId: 'complete' },
    { name: 'an extra unclassified file does not matter when all are present', documents: [...henanDocs, doc('其他.pdf', 'unknown')], options: { required: [...henan.required] }, status: 'pass', messageId: 'complete' },

    // fail
    { name: 'agreement missing', documents: henanDocs.slice(0, 3), options: { required: [...henan.required] }, status: 'fail', messageId: 'missing', data: { missing: ['联盟协议书'] } },
    { name: 'nothing submitted', options: { required: [...gansu.required] }, status: 'fail', messageId: 'missing', data: { missing: ['组建申请表', '联盟协议书', '联盟章程'] } },
    { name: 'the wrong program’s documents', documents: henanDocs, options: { required: [...gansu.required], recommended: [...gansu.recommended] }, status: 'fail', messageId: 'missing', data: { missing: ['组建申请表', '联盟章程'] } },

    // unknown
    { name: 'a required document missing and a file could not be read', documents: [...henanDocs.slice(0, 3), doc('损坏.pdf', 'unknown', 'error')], options: { required: [...henan.required] }, status: 'unknown', messageId: 'unreadable', data: { unreadable: ['损坏.pdf'] } },
    { name: 'a required document missing and a file could not be classified', documents: [...henanDocs.slice(0, 3), doc('扫描件.pdf', 'unknown')], options: { required: [...henan.required] }, status: 'unknown', messageId: 'unreadable', data: { unreadable: ['扫描件.pdf'] } },
    { name: 'the only agreement file errored while being read', documents: [...henanDocs.slice(0, 3), doc('协议书.pdf', 'agreement', 'error')], options: { required: [...henan.required] }, status: 'unknown', messageId: 'unreadable', data: { unreadable: ['协议书.pdf'] } },
  ],
});
