import condition from '../../../checks/conditions/summary-sections.js';
import { doc, fact, record, testCondition } from './rule-tester.js';

const ALL = ['lead-unit', 'work', 'results', 'plan', 'problems'];
const summary = (year: number, sections: string[] | null, opts: { confidence?: number; status?: 'found' | 'absent' | 'unreadable' } = {}) =>
  record('annual-summary', { reportYear: fact(year), outlineSections: sections === null ? fact(null, opts.status ? { status: opts.status } : {}) : fact(sections, opts) }, `${year}年度工作总结.docx`);
const summaryDoc = (year: number, quality: 'good' | 'partial' | 'unreadable' = 'good') => doc(`${year}年度工作总结.docx`, 'annual-summary', quality);

testCondition(condition, {
  cases: [
    // pass
    { name: 'one summary with the five sections of 附件4', records: [summary(2021, ALL)], documents: [summaryDoc(2021)], status: 'pass', messageId: 'complete', data: { count: 1 } },
    { name: 'two summaries, both complete', records: [summary(2020, ALL), summary(2021, [...ALL].reverse())], documents: [summaryDoc(2020), summaryDoc(2021)], status: 'pass', messageId: 'complete', data: { count: 2 } },
    { name: 'extra sections do not matter', records: [summary(2021, [...ALL, 'other'])], documents: [summaryDoc(2021)], status: 'pass', messageId: 'complete' },
    { name: 'only the sections the options require', records: [summary(2021, ['work', 'plan'])], documents: [summaryDoc(2021)], options: { sections: ['work', 'plan'] }, status: 'pass', messageId: 'complete' },
    { name: 'outline sections read with confidence exactly 0.6', records: [summary(2021, ALL, { confidence: 0.6 })], documents: [summaryDoc(2021)], status: 'pass', messageId: 'complete' },

    // fail
    { name: 'no annual summary', documents: [doc('申请表.docx', 'application-form')], status: 'fail', messageId: 'none' },
    { name: 'nothing submitted at all', status: 'fail', messageId: 'none' },
    { name: 'outline sections in another kind of document do not make a summary', records: [record('application-form', { outlineSections: fact(ALL) })], documents: [doc('application-form.docx', 'application-form')], status: 'fail', messageId: 'none' },
    { name: 'section 五 (困难问题及意见建议) missing', records: [summary(2021, ALL.slice(0, 4))], documents: [summaryDoc(2021)], status: 'fail', messageId: 'missing', data: { missing: '2021：五、存在的主要困难问题及意见建议' } },
    { name: 'sections 一 and 四 missing', records: [summary(2021, ['work', 'results', 'problems'])], documents: [summaryDoc(2021)], status: 'fail', messageId: 'missing', data: { missing: '2021：一、牵头单位情况、四、下一年度工作计划' } },
    { name: 'no outline section found in a well-read summary', records: [summary(2021, null)], documents: [summaryDoc(2021)], status: 'fail', messageId: 'missing' },
    { name: 'an empty list of sections', records: [summary(2021, [])], documents: [summaryDoc(2021)], status: 'fail', messageId: 'missing' },
    { name: 'one of two summaries incomplete: the message names that year only', records: [summary(2020, ALL), summary(2021, ALL.slice(1))], documents: [summaryDoc(2020), summaryDoc(2021)], status: 'fail', messageId: 'missing', data: { missing: '2021：一、牵头单位情况' } },
    { name: 'both summaries incomplete', records: [summary(2020, ALL.slice(1)), summary(2021, ALL.slice(0, 4))], documents: [summaryDoc(2020), summaryDoc(2021)], status: 'fail', messageId: 'missing', data: { missing: '2020：一、牵头单位情况；2021：五、存在的主要困难问题及意见建议' } },
    { name: 'a summary without a year is named by its file', records: [record('annual-summary', { outlineSections: fact(ALL.slice(0, 4)) }, '工作总结.docx')], documents: [doc('工作总结.docx', 'annual-summary')], status: 'fail', messageId: 'missing', data: { missing: '工作总结.docx：五、存在的主要困难问题及意见建议' } },
    {
      name: 'a well-read summary lacking a section fails even when another summary is unreadable',
      records: [summary(2020, ALL.slice(0, 4)), summary(2021, null, { status: 'unreadable' })],
      documents: [summaryDoc(2020), summaryDoc(2021, 'unreadable')],
      status: 'fail',
      messageId: 'missing',
    },

    // unknown
    { name: 'the outline sections could not be read', records: [summary(2021, null, { status: 'unreadable' })], documents: [summaryDoc(2021, 'unreadable')], status: 'unknown', messageId: 'unreadable' },
    { name: 'sections read with low confidence (0.5) and some seem missing', records: [summary(2021, ['work'], { confidence: 0.5 })], documents: [summaryDoc(2021)], status: 'unknown', messageId: 'unreadable' },
    { name: 'a section not found in a partially readable summary', records: [summary(2021, ALL.slice(0, 4))], documents: [summaryDoc(2021, 'partial')], status: 'unknown', messageId: 'unreadable' },
    { name: 'no summary record, but a file of the submission could not be read', documents: [doc('扫描件.pdf', 'unknown', 'error')], status: 'unknown', messageId: 'notRead' },
  ],
});
