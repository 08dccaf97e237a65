/**
 * Every registered rule pack: its rubric lints clean (or documents each finding), adds up, cites
 * its sources by notice (title, 文号, section) and lists the known source flaws of RULES.md rule 6.
 * The comparisons with the notices' texts (../shared/seeds) are in packs.sources.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { NOTICES } from '../../../checks/packs/notices.js';
import { PACKS } from '../../../checks/packs/index.js';
import { formatNotice, lintPackSources } from '../../../src/engine/pack.js';
import { lintRubric } from '../../../src/engine/rubric/lint.js';
import { indicator, pack, packs, withRubric } from './pack-lookup.js';
import type { Rubric } from '../../../src/engine/rubric/schema.js';


describe('the registry', () => {
  it('holds the eight packs of RULES.md, keyed by their ids', () => {
    expect([...PACKS.keys()].sort()).toEqual([
      'gansu-2020-alliance-assessment',
      'gansu-2020-alliance-formation',
      'gansu-2022-alliance-self-evaluation',
      'gansu-2022-demo-enterprise',
      'gansu-2022-enterprise-tech-center',
      'gansu-2022-industry-tech-center',
      'hefei-2017-alliance-assessment',
      'henan-2020-alliance-application',
    ]);
    for (const [id, p] of PACKS) expect(p.id).toBe(id);
  });

  it('every pack but Henan has a rubric (Henan is conditions only)', () => {
    expect(packs.filter((p) => !p.rubric).map((p) => p.id)).toEqual(['henan-2020-alliance-application']);
  });
});

describe.each(withRubric.map((p) => [p.id, p] as const))('%s', (_id, p) => {
  it('lints with no undocumented finding', () => {
    const undocumented = lintRubric(p.rubric, p.metrics).filter((f) => !f.documented);
    expect(undocumented).toEqual([]);
  });

  it('every documented finding carries the reading the pack takes', () => {
    for (const f of lintRubric(p.rubric, p.metrics).filter((x) => x.documented)) expect(f.reading?.trim(), `${f.indicator}: ${f.problem}`).toBeTruthy();
  });

  it('the maxima of its non-bonus groups add up to its total', () => {
    const sum = p.rubric.groups.filter((g) => !g.bonus).reduce((s, g) => s + g.max, 0);
    expect(sum).toBe(p.rubric.total);
    expect(p.rubric.total).toBe(100);
  });

  it('every indicator belongs to a declared group, and ids are unique', () => {
    const groups = new Set(p.rubric.groups.map((g) => g.id));
    for (const i of p.rubric.indicators) expect(groups.has(i.group), i.id).toBe(true);
    const ids = p.rubric.indicators.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('every indicator cites, by title and 文号, a notice the pack itself cites', () => {
    const cited = p.citations.map((c) => formatNotice(c.notice));
    for (const i of p.rubric.indicators) expect(cited.some((n) => i.source.startsWith(n)), `${i.id}: ${i.source}`).toBe(true);
  });

  it('every flaw names an indicator, a group or the rubric as a whole, with a reading', () => {
    const known = new Set([...p.rubric.indicators.map((i) => i.id), ...p.rubric.groups.map((g) => g.id), 'total', 'attachments']);
    for (const f of p.rubric.flaws) {
      expect(known.has(f.indicator), f.indicator).toBe(true);
      expect(f.flaw.trim()).not.toBe('');
      expect(f.reading.trim()).not.toBe('');
    }
  });
});

describe.each(packs.map((p) => [p.id, p] as const))('%s conditions', (_id, p) => {
  it('every condition entry cites a notice of the table, and its source text is that citation', () => {
    expect(p.conditions.length).toBeGreaterThan(0);
    for (const c of p.conditions) {
      expect(c.citations.length, `${c.as ?? c.id}`).toBeGreaterThan(0);
      for (const x of c.citations) expect(Object.values(NOTICES), `${c.as ?? c.id}`).toContainEqual(x.notice);
      expect(c.source, `${c.as ?? c.id}`).toMatch(/^《[^》]+》/u);
    }
  });

  it('the pack cites its notice by title (and 文号 where the notice has one), never by a seed file', () => {
    expect(p.citations.length).toBeGreaterThan(0);
    expect(p.source.startsWith(formatNotice(p.citations[0].notice))).toBe(true);
    expect(p.source).not.toMatch(/seeds?\/|\.txt|\b00[0-4]\b/u);
    expect(lintPackSources(p, Object.values(NOTICES))).toEqual([]);
  });

  it('condition report ids are unique', () => {
    const ids = p.conditions.map((c) => c.as ?? c.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('the known source flaws of RULES.md rule 6 are listed by the pack that owns them', () => {
  const documented = (packId: string, indicatorId: string) => lintRubric(pack(packId).rubric, pack(packId).metrics).filter((f) => f.indicator === indicatorId && f.documented);

  it('002 附件3: the patent indicator is worth 20分 but says 累计不超过10分 → gansu-2022-alliance-self-evaluation', () => {
    const flaw = pack('gansu-2022-alliance-self-evaluation').rubric.flaws.find((f) => f.indicator === 'ip');
    expect(flaw?.flaw).toMatch(/20分/u);
    expect(flaw?.flaw).toMatch(/10分/u);
    const ip = indicator('gansu-2022-alliance-self-evaluation', 'ip');
    expect(ip).toMatchObject({ kind: 'per-item', max: 20, cap: 10 });
    expect(documented('gansu-2022-alliance-self-evaluation', 'ip').some((f) => f.problem.includes('累计上限 10 分与分值 20 分不一致'))).toBe(true);
  });

  it('000 附件2: 高层次人才 does not say whether its items add up → gansu-2020-alliance-formation', () => {
    const flaw = pack('gansu-2020-alliance-formation').rubric.flaws.find((f) => f.indicator === 'talents');
    expect(flaw?.flaw).toContain('高层次人才');
    expect(flaw?.reading).toMatch(/累加/u);
    expect(indicator('gansu-2020-alliance-formation', 'talents').label).toBe('高层次人才');
    expect(documented('gansu-2020-alliance-formation', 'talents')).toHaveLength(1);
  });

  it('002 附件2: the 研发设备原值 tiers skip 2 points → gansu-2022-industry-tech-center', () => {
    const flaw = pack('gansu-2022-industry-tech-center').rubric.flaws.find((f) => f.indicator === 'equipment');
    expect(flaw?.flaw).toContain('研发设备原值');
    const equipment = indicator('gansu-2022-industry-tech-center', 'equipment');
    expect(equipment.kind === 'tiers' ? equipment.tiers.map((t) => t.points).sort((a, b) => a - b) : []).toEqual([0, 1, 3, 4, 5]);
    expect(documented('gansu-2022-industry-tech-center', 'equipment')).toHaveLength(1);
  });

  it('the misplaced 服务业绩 heading → gansu-2022-industry-tech-center', () => {
    const flaw = pack('gansu-2022-industry-tech-center').rubric.flaws.find((f) => f.flaw.includes('服务业绩'));
    expect(flaw?.indicator).toBe('service');
    expect(flaw?.reading.trim()).not.toBe('');
    expect(pack('gansu-2022-industry-tech-center').rubric.groups.find((g) => g.id === 'service')).toMatchObject({ label: '服务业绩', max: 27 });
  });

  it('no other pack claims these flaws', () => {
    const owners = (pred: (f: Rubric['flaws'][number]) => boolean) => withRubric.filter((p) => p.rubric.flaws.some(pred)).map((p) => p.id);
    expect(owners((f) => f.flaw.includes('服务业绩'))).toEqual(['gansu-2022-industry-tech-center']);
    expect(owners((f) => f.flaw.includes('研发设备原值'))).toEqual(['gansu-2022-industry-tech-center']);
    expect(owners((f) => f.flaw.includes('累计不超过10分'))).toEqual(['gansu-2022-alliance-self-evaluation']);
  });
});

