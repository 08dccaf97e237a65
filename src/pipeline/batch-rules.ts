import type { Pack } from '../engine/pack.js';
import { programYear } from '../model/submission.js';
import type { Report } from '../model/report.js';
import type { BatchFinding } from '../model/summary.js';

export type { BatchFinding };

/** Checks each pack's batch rules over the reports of the batch (city from submission.json `city`, date from `submittedAt`). */
export function batchFindings(reports: readonly Report[], packs: ReadonlyMap<string, Pack>): BatchFinding[] {
  const out: BatchFinding[] = [];
  for (const pack of packs.values()) {
    const rules = pack.batchRules;
    if (!rules) continue;
    const mine = reports.filter((r) => r.pack?.id === pack.id);
    if (rules.quotaPerCity !== undefined) {
      const byCity = new Map<string, string[]>();
      for (const r of mine) {
        const city = r.submission.meta?.city;
        if (city) byCity.set(city, [...(byCity.get(city) ?? []), r.submission.id]);
      }
      for (const [city, ids] of byCity) {
        if (ids.length > rules.quotaPerCity) out.push({ rule: 'quota', pack: pack.id, submissions: ids, message: `${city}推荐${pack.title} ${ids.length} 个，超过每个市州不超过 ${rules.quotaPerCity} 个的名额` });
      }
    }
    for (const r of mine) {
      const meta = r.submission.meta;
      if (!meta?.submittedAt) continue;
      const year = programYear(meta);
      const deadline = meta.level === 'city' ? rules.cityDeadline : rules.provinceDeadline;
      if (!deadline) continue;
      const due = `${year}-${deadline}`;
      if (meta.submittedAt > due) {
        out.push({ rule: 'deadline', pack: pack.id, submissions: [r.submission.id], message: `${r.submission.id} 于 ${meta.submittedAt} 报送，晚于${meta.level === 'city' ? '市级' : '省级'}截止日期 ${due}` });
      }
    }
  }
  return out;
}
