import { z } from 'zod';
import { defineCondition, recordsOf, unreadFiles, use } from '../../src/engine/condition.js';
import { programYear } from '../../src/model/submission.js';
import { evidence } from '../../src/model/evidence.js';

/**
 * assessment.history: not two consecutive failed years. Gansu: a year fails when its assessment
 * failed or its work summary is missing (seed 001 四、3). Hefei: two consecutive 不合格 results,
 * this year's from the computed band (seed 003 五(二)).
 */
export default defineCondition({
  meta: {
    id: 'assessment.history',
    title: '未连续两年不合格',
    description: 'No two consecutive failed years (Gansu: failed assessment or missing summary; Hefei: 不合格 band, this year computed).',
    messages: {
      ok: '考核期内未出现连续两年不合格{{gansuNote}}',
      disqualified: '{{years}} 连续两年{{reason}}，应取消资格',
      bandOpen: '上年度考核不合格，本年度得分区间 {{range}} 跨越合格线，需评审确定后判断是否连续两年不合格',
      noHistory: '未提供往年考核结果，本年度{{band}}',
      unreadable: '{{years}} 年的工作总结可能在无法读取的文件中（{{where}}），是否连续两年不合格需人工核实',
    },
    options: z.object({ mode: z.enum(['gansu', 'hefei']) }),
  },
  check({ records, documents, meta, score, options }) {
    const history = new Map((meta.assessments ?? []).map((a) => [a.year, a.result]));
    const metaEvidence = (meta.assessments ?? []).map((a, i) => evidence('submission.json', `/assessments/${i}`, `${a.year}年考核${a.result === 'fail' ? '不合格' : '合格'}`));
    if (options.mode === 'hefei') {
      const year = programYear(meta);
      const previous = year !== undefined ? history.get(year - 1) : undefined;
      const band = score?.band ?? null;
      if (previous === undefined) return { status: 'pass', messageId: 'noHistory', data: { band: band ?? `得分区间 ${score?.range.join('–') ?? '—'}` } };
      if (previous === 'fail' && band === null && score?.bandRange.includes('不合格')) return { status: 'unknown', messageId: 'bandOpen', data: { range: score.range.join('–') } };
      if (previous === 'fail' && band === '不合格') {
        const scoreEvidence = evidence('report.json', '/score', `本年度得分 ${score!.range.join('–')} 分，档次：不合格`);
        return { status: 'fail', messageId: 'disqualified', data: { years: `${year! - 1}、${year}年`, reason: '考核不合格' }, evidence: [...metaEvidence, scoreEvidence] };
      }
      return { status: 'pass', messageId: 'ok', data: { gansuNote: '' } };
    }
    const summaryYears = new Set(recordsOf(records, 'annual-summary').map((r) => use(r.facts.reportYear)).filter((y) => y.state === 'usable').map((y) => (y as { value: number }).value));
    const years = [...new Set([...history.keys(), ...summaryYears, ...(meta.period ? range(meta.period.from, meta.period.to) : [])])].sort((a, b) => a - b);
    const bad = (y: number) => history.get(y) === 'fail' || (meta.period !== undefined && y >= meta.period.from && y <= meta.period.to && !summaryYears.has(y));
    for (let i = 1; i < years.length; i++) {
      const [a, b] = [years[i - 1], years[i]];
      if (b === a + 1 && bad(a) && bad(b)) {
        const missingSummary = [a, b].some((y) => history.get(y) !== 'fail');
        const unsure = [
          ...recordsOf(records, 'annual-summary').filter((r) => use(r.facts.reportYear).state !== 'usable').map((r) => r.file),
          ...unreadFiles(documents),
        ];
        if (missingSummary && unsure.length > 0) return { status: 'unknown', messageId: 'unreadable', data: { years: `${a}、${b}`, where: unsure }, evidence: metaEvidence };
        const why = (y: number) => (history.get(y) === 'fail' ? '考核不合格' : '未报送工作总结');
        const summaryEvidence = recordsOf(records, 'annual-summary').flatMap((r) => r.facts.reportYear?.evidence ?? []);
        return { status: 'fail', messageId: 'disqualified', data: { years: `${a}、${b}年`, reason: `（${a}年${why(a)}，${b}年${why(b)}）` }, evidence: [...metaEvidence, ...summaryEvidence], seen: { years, summaryYears: [...summaryYears] } };
      }
    }
    return { status: 'pass', messageId: 'ok', data: { gansuNote: `（已核对 ${years.join('、') || '—'} 年）` }, seen: { years, summaryYears: [...summaryYears] } };
  },
});

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
}
