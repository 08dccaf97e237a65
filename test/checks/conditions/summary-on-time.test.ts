import condition from '../../../checks/conditions/summary-on-time.js';
import { doc, fact, record, testCondition } from './rule-tester.js';

/** 001 四、3: 每年3月份之前报送上一年度工作总结 (the Gansu assessment pack's option). */
const MARCH = { dueMonth: 3 };

/** An annual summary for `year`, dated `date` (ISO) unless null. */
const summary = (year: number | null, date: string | null, file = `${year ?? '未注明'}年度工作总结.docx`) =>
  record('annual-summary', { ...(year === null ? {} : { reportYear: fact(year) }), ...(date === null ? {} : { reportDate: fact(date) }) }, file);

testCondition(condition, {
  cases: [
    // pass
    { name: 'a 2021 summary dated 2022-02-28 (the last day before March)', records: [summary(2021, '2022-02-28')], options: MARCH, status: 'pass', messageId: 'onTime', data: { count: 1, dueMonth: 3, late: [], undated: [] } },
    { name: 'a 2021 summary dated in December 2021', records: [summary(2021, '2021-12-20')], options: MARCH, status: 'pass', messageId: 'onTime' },
    { name: 'a leap-year February: the 2023 summary dated 2024-02-29', records: [summary(2023, '2024-02-29')], options: MARCH, status: 'pass', messageId: 'onTime' },
    { name: 'two summaries, each before March of the following year', records: [summary(2020, '2021-01-15'), summary(2021, '2022-02-10')], options: MARCH, status: 'pass', messageId: 'onTime', data: { count: 2 } },
    { name: 'an undated summary falls back on meta.submittedAt (before March)', records: [summary(2021, null)], meta: { submittedAt: '2022-02-20' }, options: MARCH, status: 'pass', messageId: 'onTime' },
    { name: 'the summary date wins over a late meta.submittedAt', records: [summary(2021, '2022-02-01')], meta: { submittedAt: '2022-06-30' }, options: MARCH, status: 'pass', messageId: 'onTime' },
    { name: 'an unreadable summary date falls back on meta.submittedAt', records: [record('annual-summary', { reportYear: fact(2021), reportDate: fact(null, { status: 'unreadable' }) })], meta: { submittedAt: '2022-01-10' }, options: MARCH, status: 'pass', messageId: 'onTime' },
    { name: 'another due month (次年1月前)', records: [summary(2021, '2021-12-31')], options: { dueMonth: 1 }, status: 'pass', messageId: 'onTime', data: { dueMonth: 1 } },

    // fail
    { name: 'a 2021 summary dated 2022-03-01', records: [summary(2021, '2022-03-01')], options: MARCH, status: 'fail', messageId: 'late', data: { late: ['2021年度（2022-03-01）'] } },
    { name: 'a 2021 summary dated at the end of 2022', records: [summary(2021, '2022-12-31')], options: MARCH, status: 'fail', messageId: 'late', data: { late: ['2021年度（2022-12-31）'] } },
    { name: 'an undated summary filed (meta.submittedAt) on 2022-03-01', records: [summary(2021, null)], meta: { submittedAt: '2022-03-01' }, options: MARCH, status: 'fail', messageId: 'late', data: { late: ['2021年度（2022-03-01）'] } },
    { name: 'one of two summaries late: only that one is listed', records: [summary(2020, '2021-02-01'), summary(2021, '2022-04-15')], options: MARCH, status: 'fail', messageId: 'late', data: { late: ['2021年度（2022-04-15）'], count: 2 } },
    { name: 'late wins over undated', records: [summary(2020, '2021-05-01'), summary(null, '2022-01-01', '工作总结.docx')], options: MARCH, status: 'fail', messageId: 'late', data: { late: ['2020年度（2021-05-01）'], undated: ['工作总结.docx'] } },
    { name: 'another due month: a 2020 summary dated 2021-01-01 is late for 次年1月前', records: [summary(2020, '2021-01-01')], options: { dueMonth: 1 }, status: 'fail', messageId: 'late' },
    { name: 'no annual summary', documents: [doc('申请表.docx', 'application-form')], options: MARCH, status: 'fail', messageId: 'none' },

    // unknown
    { name: 'an undated summary and no meta.submittedAt', records: [summary(2021, null)], options: MARCH, status: 'unknown', messageId: 'undated', data: { undated: ['2021年度工作总结.docx'], late: [] } },
    { name: 'a dated summary that does not say which year it covers', records: [summary(null, '2022-02-01', '工作总结.docx')], options: MARCH, status: 'unknown', messageId: 'undated', data: { undated: ['工作总结.docx'] } },
    { name: 'the report year could not be read', records: [record('annual-summary', { reportYear: fact(null, { status: 'unreadable' }), reportDate: fact('2022-02-01') }, 'scan.pdf')], options: MARCH, status: 'unknown', messageId: 'undated', data: { undated: ['scan.pdf'] } },
    { name: 'the report year read with low confidence (0.4)', records: [record('annual-summary', { reportYear: fact(2021, { confidence: 0.4 }), reportDate: fact('2022-02-01') }, 'scan.pdf')], options: MARCH, status: 'unknown', messageId: 'undated' },
    { name: 'no summary record, but a file of the submission could not be read', documents: [doc('扫描件.pdf', 'unknown', 'error')], options: MARCH, status: 'unknown', messageId: 'notRead' },
  ],
});
