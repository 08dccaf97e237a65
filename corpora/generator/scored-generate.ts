import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PACKS } from '../../checks/packs/index.js';
import { applicationSpec } from './gansu-docs.js';
import type { ScoredCase } from './scored-case.js';
import { annualSummarySpec, dataSheetSpec, selfEvaluationSpec } from './scored-docs.js';
import { GANSU } from './units.js';
import type { DocSpec } from './spec.js';
import { writeDocx } from './writers/docx-writer.js';
import { writePdf } from './writers/pdf-writer.js';

async function write(dir: string, name: string, format: 'docx' | 'pdf', spec: DocSpec): Promise<void> {
  await writeFile(path.join(dir, `${name}.${format}`), format === 'docx' ? await writeDocx(spec) : writePdf(spec, { splitNumberRuns: true }));
}

/** Writes one scored submission: data sheet, self-evaluation table, annual summaries, submission.json, expected.json. */
export async function writeScoredCase(out: string, k: ScoredCase): Promise<void> {
  const pack = PACKS.get(k.pack);
  if (!pack?.rubric) throw new Error(`Expected a pack with a rubric, got ${k.pack}`);
  const dir = path.join(out, k.id);
  await mkdir(dir, { recursive: true });
  if (k.gansuForm) {
    const members = [GANSU.lead, ...GANSU.enterprises.slice(0, 3), GANSU.universities[0], GANSU.institutes[0]];
    const form = applicationSpec({ alliance: k.sheetTitle.replace(/考核数据表$/u, ''), lead: GANSU.lead, members, goalChars: 200, numbers: 'arabic', layout: 'seed', yiyuan: false });
    await write(dir, '考核数据表', k.format, { ...form, title: k.sheetTitle });
  } else {
    const label = (id: string) => pack.metrics.find((m) => m.id === id)?.labels[0] ?? id;
    await write(dir, '申报数据表', k.format, dataSheetSpec(k.sheetTitle, '单位：万元、%、项、人', Object.entries(k.data).map(([id, v]) => [label(id), v])));
  }
  if (k.claims && k.selfEvalTitle) {
    const groups = new Map(pack.rubric.groups.map((g) => [g.id, g.label]));
    const rows = pack.rubric.indicators.map((i) => ({ group: groups.get(i.group) ?? i.group, label: i.label, max: i.max, claimed: k.claims![i.id] })).filter((r) => r.claimed !== undefined);
    await write(dir, '自评表', k.format, selfEvaluationSpec(k.selfEvalTitle, rows as { group: string; label: string; max: number; claimed: number }[]));
  }
  for (const s of k.summaries ?? []) await write(dir, `${s.year}年度工作总结`, k.format, annualSummarySpec(k.sheetTitle.replace(/考核数据表$/u, ''), s.year, s.date, s.sections));
  await writeFile(path.join(dir, 'submission.json'), `${JSON.stringify(k.meta, null, 2)}\n`);
  await writeFile(path.join(dir, 'expected.json'), `${JSON.stringify(expectedOf(k, pack.conditions.map((c) => c.as ?? c.id)), null, 2)}\n`);
}

function expectedOf(k: ScoredCase, conditionIds: string[]) {
  const conditions = Object.fromEntries(conditionIds.map((id) => [id, k.expect[id] ?? 'pass']));
  const unknownIds = Object.keys(k.expect).filter((id) => !conditionIds.includes(id));
  if (unknownIds.length) throw new Error(`${k.id}: expected condition ids of ${k.pack}, got ${unknownIds.join(', ')}`);
  const values = Object.values(conditions);
  const verdict = values.includes('fail') ? 'fail' : values.includes('unknown') ? 'needs-review' : 'pass';
  const sum = (bonus: boolean, end: 0 | 1) => Object.entries(k.indicators).filter(([id]) => k.bonusIds.includes(id) === bonus).reduce((s, [, r]) => s + r[end], 0);
  const score = {
    points: sum(false, 0),
    bonus: sum(true, 0),
    range: [sum(false, 0) + sum(true, 0), sum(false, 1) + sum(true, 1)],
    indicators: k.indicators,
    ...(k.claims ? { claimed: k.claims } : {}),
    ...(k.inflation !== undefined ? { inflation: k.inflation } : {}),
  };
  return { about: k.about, pack: k.pack, facts: {}, conditions, verdict, score };
}
