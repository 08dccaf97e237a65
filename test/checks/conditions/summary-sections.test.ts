import condition from '../../../checks/conditions/summary-sections.js';
import { doc, fact, record, testCondition } from './rule-tester.js';

/** The outline a pack gives (here 附件4's five sections) and a summary's headings, by section id. */
const OUTLINE = [
  { id: 'lead-unit', label: '一、牵头单位情况', words: ['牵头单位'] },
  { id: 'work', label: '二、当年工作开展情况', words: ['工作开展'] },
  { id: 'results', label: '三、取得的工作成效', words: ['成效'] },
  { id: 'plan', label: '四、下一年度工作计划', words: ['工作计划', '下一年度'] },
  { id: 'problems', label: '五、存在的主要困难问题及意见建议', words: ['困难', '问题', '建议'] },
];
const HEADINGS: Record<string, string> = { 'lead-unit': '一、联盟牵头单位基本情况', work: '二、2021年工作开展情况', results: '三、取得的工作成效', plan: '四、2022年工作计划', problems: '五、存在的困难和建议', other: '六、其他' };
const ALL = ['lead-unit', 'work', 'results', 'plan', 'problems'];
const options = { sections: OUTLINE };
const headings = (ids: string[]) => ids.map((id) => HEADINGS[id]);
const summary = (year: number, sections: string[] | null, opts: { confidence?: number; status?: 'found' | 'absent' | 'unreadable' } = {}) =>
  record('annual-summary', { reportYear: fact(year), headings: sections === null ? fact(null, opts.status ? { status: opts.status } : {}) : fact(headings(sections), opts) }, `${year}年度工作总结.docx`);
const summaryDoc = (year: number, quality: 'good' | 'partial' | 'unreadable' = 'good') => doc(`${year}年度工作总结.docx`, 'annual-summary', quality);

testCondition(condition, {
  cases: [
    // pass
    { options, name: 'one summary with the five sections of 附件4', records: [summary(2021, ALL)], documents: [summaryDoc(2021)], status: 'pass', messageId: 'complete', data: { count: 1 } },
    { options, name: 'two summaries, both complete', records: [summary(2020, ALL), summary(2021, [...ALL].reverse())], documents: [summaryDoc(2020), summaryDoc(2021)], status: 'pass', messageId: 'complete', data: { count: 2 } },
    { options, name: 'extra sections do not matter', records: [summary(2021, [...ALL, 'other'])], documents: [summaryDoc(2021)], status: 'pass', messageId: 'complete' },
    { name: 'only the sections the options require', records: [summary(2021, ['work', 'plan'])], documents: [summaryDoc(2021)], options: { sections: OUTLINE.filter((o) => ['work', 'plan'].includes(o.id)) }, status: 'pass', messageId: 'complete' },
    { options, name: 'outline sections read with confidence exactly 0.6', records: [summary(2021, ALL, { confidence: 0.6 })], documents: [summaryDoc(2021)], status: 'pass', messageId: 'complete' },

    // fail
    { options, name: 'no annual summary', documents: [doc('申请表.docx', 'application-form')], status: 'fail', messageId: 'none' },
    { options, name: 'nothing submitted at all', status: 'fail', messageId: 'none' },
    { options, name: 'outline sections in another kind of document do not make a summary', records: [record('application-form', { headings: fact(headings(ALL)) })], documents: [doc('application-form.docx', 'application-form')], status: 'fail', messageId: 'none' },
    { options, name: 'section 五 (困难问题及意见建议) missing', records: [summary(2021, ALL.slice(0, 4))], documents: [summaryDoc(2021)], status: 'fail', messageId: 'missing', data: { missing: '2021：五、存在的主要困难问题及意见建议' } },
    { options, name: 'sections 一 and 四 missing', records: [summary(2021, ['work', 'results', 'problems'])], documents: [summaryDoc(2021)], status: 'fail', messageId: 'missing', data: { missing: '2021：一、牵头单位情况、四、下一年度工作计划' } },
    { options, name: 'no outline section found in a well-read summary', records: [summary(2021, null)], documents: [summaryDoc(2021)], status: 'fail', messageId: 'missing' },
    { options, name: 'an empty list of sections', records: [summary(2021, [])], documents: [summaryDoc(2021)], status: 'fail', messageId: 'missing' },
    { options, name: 'one of two summaries incomplete: the message names that year only', records: [summary(2020, ALL), summary(2021, ALL.slice(1))], documents: [summaryDoc(2020), summaryDoc(2021)], status: 'fail', messageId: 'missing', data: { missing: '2021：一、牵头单位情况' } },
    { options, name: 'both summaries incomplete', records: [summary(2020, ALL.slice(1)), summary(2021, ALL.slice(0, 4))], documents: [summaryDoc(2020), summaryDoc(2021)], status: 'fail', messageId: 'missing', data: { missing: '2020：一、牵头单位情况；2021：五、存在的主要困难问题及意见建议' } },
    { options, name: 'a summary without a year is named by its file', records: [record('annual-summary', { headings: fact(headings(ALL.slice(0, 4))) }, '工作总结.docx')], documents: [doc('工作总结.docx', 'annual-summary')], status: 'fail', messageId: 'missing', data: { missing: '工作总结.docx：五、存在的主要困难问题及意见建议' } },
    {
      options,
      name: 'a well-read summary lacking a section fails even when another summary is unreadable',
      records: [summary(2020, ALL.slice(0, 4)), summary(2021, null, { status: 'unreadable' })],
      documents: [summaryDoc(2020), summaryDoc(2021, 'unreadable')],
      status: 'fail',
      messageId: 'missing',
    },

    // unknown
    { options, name: 'the outline sections could not be read', records: [summary(2021, null, { status: 'unreadable' })], documents: [summaryDoc(2021, 'unreadable')], status: 'unknown', messageId: 'unreadable' },
    { options, name: 'sections read with low confidence (0.5) and some seem missing', records: [summary(2021, ['work'], { confidence: 0.5 })], documents: [summaryDoc(2021)], status: 'unknown', messageId: 'unreadable' },
    { options, name: 'a section not found in a partially readable summary', records: [summary(2021, ALL.slice(0, 4))], documents: [summaryDoc(2021, 'partial')], status: 'unknown', messageId: 'unreadable' },
    { options, name: 'no summary record, but a file of the submission could not be read', documents: [doc('扫描件.pdf', 'unknown', 'error')], status: 'unknown', messageId: 'notRead' },
  ],
});
