/**
 * The rule packs against the notices' own texts (../shared/seeds, run by `npm run test:sources`):
 * the points of a sample of indicators, the rows of the self-evaluation tables reaching their
 * indicators, every citation (title, 文号, quoted words) found in the notice, and every indicator
 * label found verbatim in its scoring table.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKS } from '../../../checks/packs/index.js';
import { NOTICES, type NoticeId } from '../../../checks/packs/notices.js';
import type { Notice } from '../../../src/engine/pack.js';
import { lintRubric } from '../../../src/engine/rubric/lint.js';
import { indicator, pack, packs, withRubric } from './pack-lookup.js';
import { matchLabel } from '../../../src/text/labels.js';
import { sharedPath } from '../../real/shared.js';

const SEEDS = sharedPath('seeds');
const SEED_FILES = { '000': '000_941644674c5f5c56.txt', '001': '001_8680b4b7858a00d5.txt', '002': '002_a2f3812ec7c29deb.txt', '003': '003_06ae513f4e4d6ce0.txt', '004': '004_4b62cab113297976.txt' } as const;
type SeedId = keyof typeof SEED_FILES;
const seed = (id: SeedId): string => readFileSync(path.join(SEEDS, SEED_FILES[id]), 'utf8');

/** The text of a seed between two markers (the end marker excluded; to the end when absent). */
function section(id: SeedId, from: string, to?: string): string {
  const text = seed(id);
  const start = text.indexOf(from);
  if (start < 0) throw new Error(`seed ${id}: "${from}" not found`);
  const end = to === undefined ? -1 : text.indexOf(to, start + from.length);
  return text.slice(start, end < 0 ? undefined : end);
}
const compact = (s: string) => s.replace(/\s+/gu, '');

const SECTIONS = {
  '000 附件2': () => section('000', '\n附件2\n', '\n附件3\n'),
  '000 附件3': () => section('000', '\n附件3\n', '\n附件4\n'),
  '002 附件1': () => section('002', '\n附件 1\n', '\n附件 2\n'),
  '002 附件2': () => section('002', '\n附件 2\n', '\n附件 3\n'),
  '002 附件3': () => section('002', '\n附件 3\n', '\n附件 4\n'),
  '002 附件4': () => section('002', '\n附件 4\n', '\n附件 5\n'),
  '003 评分细则': () => section('003', '附件\n考核内容及评分细则'),
} as const;


describe('a sample of indicator maxima against the seed texts', () => {
  /** [seed section, text in that section (whitespace ignored), pack, indicator ids whose maxima add up to `max`, max]. */
  const SPOT: [keyof typeof SECTIONS, string, string, string[], number][] = [
    ['000 附件2', '对产业联盟所在行业（产业链）重要性（10分）', 'gansu-2020-alliance-formation', ['industry-importance'], 10],
    ['000 附件2', '产业联盟所在行业经济规模（5分）', 'gansu-2020-alliance-formation', ['industry-scale'], 5],
    ['000 附件2', '本年度科技研发投入（6分）', 'gansu-2020-alliance-formation', ['rd-this-year'], 6],
    ['000 附件2', '近3年年主持或参与制定标准数量（12分）', 'gansu-2020-alliance-formation', ['standards'], 12],
    ['000 附件2', '为服务企业产生的年经济效益（8分）', 'gansu-2020-alliance-formation', ['service-benefit'], 8],
    ['000 附件3', '产业联盟管理制度建设（9分）', 'gansu-2020-alliance-assessment', ['management-rules'], 9],
    ['000 附件3', '近三年累计科技研发投入（22分）', 'gansu-2020-alliance-assessment', ['rd-three-years'], 22],
    ['000 附件3', '近3年年主持或参与制定标准数量（16分）', 'gansu-2020-alliance-assessment', ['standards'], 16],
    ['000 附件3', '为服务企业产生的年经济效益（12分）', 'gansu-2020-alliance-assessment', ['service-benefit'], 12],
    ['002 附件1', '研发经费支出占主营业务收入的比重。低于2%不得分，达到2%得1分，每增加0.5%，加1分，10分满分', 'gansu-2022-enterprise-tech-center', ['rd-intensity'], 10],
    ['002 附件1', '最近三年主持和参加制定的国际、国家和行业标准数。', 'gansu-2022-enterprise-tech-center', ['standards'], 10],
    ['002 附件2', '研发设备原值(5分)', 'gansu-2022-industry-tech-center', ['equipment'], 5],
    ['002 附件2', '近三年主持或参与制定标准数量(12分)', 'gansu-2022-industry-tech-center', ['standards'], 12],
    ['002 附件2', '年为企业解决技术难题数(10分)', 'gansu-2022-industry-tech-center', ['problems-solved'], 10],
    ['002 附件2', '特色工作(10分)', 'gansu-2022-industry-tech-center', ['special-work'], 10],
    ['002 附件3', '近3年获专利等知识产权数量(20分)', 'gansu-2022-alliance-self-evaluation', ['ip'], 20],
    ['002 附件3', '近3年年主持或参与制定标准数量(20分)', 'gansu-2022-alliance-self-evaluation', ['standards'], 20],
    ['002 附件3', '学术、科技成果推广(5分)', 'gansu-2022-alliance-self-evaluation', ['promotion'], 5],
    ['002 附件4', '企业研发经费支出额占产品销售收入的比重15%≥2', 'gansu-2022-demo-enterprise', ['rd-intensity'], 15],
    ['002 附件4', '新产品销售收入占产品销售收入的比重11%>20', 'gansu-2022-demo-enterprise', ['new-product-share'], 11],
    ['003 评分细则', '建立联盟网站及qq群。7设立专门办公室', 'hefei-2017-alliance-assessment', ['organization'], 7],
    ['003 评分细则', '报告年度联盟经费使用情况。（年度报告及财务报表）10建立经费管理制度', 'hefei-2017-alliance-assessment', ['funds'], 10],
    ['003 评分细则', '10.组织编写年度产业（行业）发展白皮书或研究报告。10发布高质量白皮书', 'hefei-2017-alliance-assessment', ['white-paper'], 10],
    ['003 评分细则', '积极参加市科技局组织的相关活动。8发展联盟新成员数量', 'hefei-2017-alliance-assessment', ['new-members', 'monthly-reports', 'bureau-activities'], 8],
  ];

  it.each(SPOT)('%s “%s” → %s %o = %s分', (where, text, packId, ids, max) => {
    expect(compact(SECTIONS[where]()), `the seed says ${text}`).toContain(compact(text));
    expect(ids.reduce((s, id) => s + indicator(packId, id).max, 0)).toBe(max);
  });

  it.each([
    ['000 附件2', '产业联盟牵头单位创新能力（30分）', 'gansu-2020-alliance-formation', 'innovation', 30],
    ['000 附件2', '产业联盟服务能力（25分）', 'gansu-2020-alliance-formation', 'service', 25],
    ['000 附件3', '产业联盟牵头单位创新能力（34分）', 'gansu-2020-alliance-assessment', 'innovation', 34],
    ['002 附件2', '经济效益(16)', 'gansu-2022-industry-tech-center', 'benefit', 16],
    ['002 附件3', '产业联盟服务能力(40分)', 'gansu-2022-alliance-self-evaluation', 'service', 40],
    ['003 评分细则', '制度建设（22分）', 'hefei-2017-alliance-assessment', 'institution', 22],
    ['003 评分细则', '联盟工作任务（78分）', 'hefei-2017-alliance-assessment', 'tasks', 78],
  ] as const)('%s “%s” → %s group %s = %s分', (where, text, packId, groupId, max) => {
    expect(compact(SECTIONS[where]())).toContain(compact(text));
    expect(pack(packId).rubric.groups.find((g) => g.id === groupId)?.max).toBe(max);
  });

  it('002 附件1 caps its bonus at 5 (累计不超过 5 分)', () => {
    expect(compact(SECTIONS['002 附件1']())).toContain('累计不超过5分');
    expect(pack('gansu-2022-enterprise-tech-center').rubric.bonusCap).toBe(5);
  });

  it('003 bands: 90分以上为优秀, 60分以上为合格, 低于60分为不合格', () => {
    expect(compact(seed('003'))).toContain('90分以上为优秀,60分以上为合格,低于60分为不合格');
    const bands = [...pack('hefei-2017-alliance-assessment').rubric.bands].sort((a, b) => b.min - a.min);
    expect(bands.map((b) => [b.label, b.min > -100 ? b.min : null])).toEqual([
      ['优秀', 90],
      ['合格', 60],
      ['不合格', null],
    ]);
  });

  it('000 附件2 行业经济规模 tiers in 万元: 100亿 = 1 000 000, 10亿 = 100 000', () => {
    const t = indicator('gansu-2020-alliance-formation', 'industry-scale');
    expect(t.kind === 'tiers' && t.unit).toBe('万元');
    const bounds = t.kind === 'tiers' ? t.tiers.flatMap((x) => [x.min, x.max]).filter((v): v is number => v !== undefined) : [];
    expect([...new Set(bounds)].sort((a, b) => a - b)).toEqual([100_000, 1_000_000]);
  });

  it('002 附件1 研发经费支出占主营业务收入的比重 as steps: 达到2%得1分，每增加0.5%加1分', () => {
    expect(indicator('gansu-2022-enterprise-tech-center', 'rd-intensity')).toMatchObject({ kind: 'steps', start: 2, startPoints: 1, step: 0.5, stepPoints: 1, cap: 10 });
  });
});

describe('claimed scores from the self-evaluation tables reach their indicators', () => {
  /** The label the self-evaluation extractor gives a row: the indicator cell, cut to its first sentence, without "(N分)". */
  const labelOf = (cell: string) => cell.trim().split(/[。；;]/u)[0].replace(/[（(]\d+分[)）]$/u, '').trim();
  const rows = (where: keyof typeof SECTIONS) =>
    SECTIONS[where]()
      .split('\n')
      .filter((l) => l.includes('\t'))
      .map((l) => l.split('\t'))
      .filter((cells) => !cells.some((c) => c.trim() === '一级指标') && compact(cells[0] ?? '') !== '总分');
  /** 002 附件2/3: the 二级指标 column (second cell). */
  const secondLevel = (where: keyof typeof SECTIONS) => rows(where).map((c) => labelOf(c[1] ?? '')).filter((l) => l && l !== '二级指标');
  /** 002 附件1/4: the 三级指标 column (the longest cell of a row). */
  const thirdLevel = (where: keyof typeof SECTIONS) =>
    rows(where)
      .map((c) => labelOf([...c].sort((a, b) => b.length - a.length)[0]))
      .filter((l) => l !== '');

  const attach = (packId: string, labels: string[]) => {
    const inds = pack(packId).rubric.indicators;
    return labels.map((label) => [label, inds.filter((i) => matchLabel(label, [...i.claimedAs, i.label], 0.85)).map((i) => i.id)] as const);
  };

  it.each([
    ['gansu-2022-enterprise-tech-center', () => thirdLevel('002 附件1'), 15],
    ['gansu-2022-industry-tech-center', () => secondLevel('002 附件2'), 22],
    ['gansu-2022-alliance-self-evaluation', () => secondLevel('002 附件3'), 8],
    ['gansu-2022-demo-enterprise', () => thirdLevel('002 附件4'), 22],
  ] as const)('%s: every row of its table attaches to exactly one indicator, and every indicator is reached', (packId, labels, rowCount) => {
    const result = attach(packId, labels());
    expect(result).toHaveLength(rowCount);
    expect.soft(result.filter(([, ids]) => ids.length !== 1).map(([label, ids]) => `${label} → ${ids.join(', ') || '（无）'}`), 'rows that do not attach to exactly one indicator').toEqual([]);
    const reached = new Set(result.flatMap(([, ids]) => ids));
    expect.soft(pack(packId).rubric.indicators.map((i) => i.id).filter((id) => !reached.has(id)), 'indicators no row reaches').toEqual([]);
  });

  it('hefei-2017-alliance-assessment: the rows of 评分细则 (考核指标 column) attach to their indicators', () => {
    // Row 11 is split into three indicators (新成员 / 每月报送 / 参加活动) and cannot take one claim; the other rows can.
    const labels = SECTIONS['003 评分细则']()
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => /^\d{1,2}\.\s*\S/u.test(l) && !l.startsWith('11.'))
      .map(labelOf);
    expect(labels).toHaveLength(12);
    const result = attach('hefei-2017-alliance-assessment', labels);
    expect(result.filter(([, ids]) => ids.length !== 1).map(([label, ids]) => `${label} → ${ids.join(', ') || '（无）'}`)).toEqual([]);
  });
});

describe('citations are found in the notices they name', () => {
  /** The seed texts that hold each notice (the standard GB 32100-2015 is not among the seeds). */
  const TEXTS: Record<NoticeId, SeedId[]> = { 'gansu-2020-60': ['000', '001'], 'gansu-2022-53': ['002'], 'lanzhou-2022': ['002'], 'hefei-2017': ['003'], 'henan-2020': ['004'], 'gb-32100-2015': [] };
  /** Compared as the scorer compares labels: NFKC, whitespace removed. */
  const norm = (s: string) => compact(s.normalize('NFKC'));
  const textOf = (id: NoticeId) => norm(TEXTS[id].map(seed).join('\n'));
  const citations = [...PACKS.values()].flatMap((p) => [...p.citations, ...p.conditions.flatMap((c) => c.citations)].map((c) => [p.id, c] as const));

  it.each(Object.values(NOTICES).filter((n) => TEXTS[n.id].length > 0).map((n) => [n.id, n] as const))('%s: its title is printed in its text', (id, n) => {
    expect(textOf(id)).toContain(norm(n.title));
  });

  it('each 文号 is printed with the title it belongs to (the 2020 notice is cited so in the 2022 one)', () => {
    const all = norm((Object.keys(SEED_FILES) as SeedId[]).map(seed).join('\n'));
    for (const n of Object.values(NOTICES) as Notice[]) {
      if (n.docNumber === undefined || TEXTS[n.id as NoticeId].length === 0) continue;
      const docNumber = norm(n.docNumber);
      const paired = all.includes(`${norm(n.title)}》(${docNumber})`) || all.includes(`${docNumber}${norm(n.title)}`);
      expect(paired, `${n.title} ${docNumber}`).toBe(true);
    }
  });

  it('no notice is given the 文号 of the document it only rests on', () => {
    expect(NOTICES['hefei-2017']).not.toHaveProperty('docNumber');
    expect(NOTICES['henan-2020']).not.toHaveProperty('docNumber');
    expect(NOTICES['lanzhou-2022']).not.toHaveProperty('docNumber');
  });

  it.each(citations.filter(([, c]) => c.quote !== undefined).map(([packId, c]) => [packId, c.quote!, c] as const))('%s: “%s” is the notice’s own words', (_packId, quote, c) => {
    expect(textOf(c.notice.id as NoticeId)).toContain(norm(quote));
  });

  it('every attachment a citation names by its title is in the notice', () => {
    const sources = [...PACKS.values()].flatMap((p) => [p.source, ...p.conditions.map((c) => c.source), ...(p.rubric?.indicators.map((i) => i.source) ?? [])]);
    const titles = new Set(sources.flatMap((s) => [...s.matchAll(/附件\d?《([^》]+)》/gu)].map((m) => m[1])));
    expect(titles.size).toBeGreaterThan(8);
    const all = norm((Object.keys(SEED_FILES) as SeedId[]).map(seed).join('\n'));
    for (const t of titles) expect(all, t).toContain(norm(t));
  });
});

describe('indicator labels are the scoring tables’ own row texts, verbatim', () => {
  const norm = (s: string) => compact(s.normalize('NFKC'));
  const TABLES: [string, keyof typeof SECTIONS][] = [
    ['gansu-2020-alliance-formation', '000 附件2'],
    ['gansu-2020-alliance-assessment', '000 附件3'],
    ['gansu-2022-enterprise-tech-center', '002 附件1'],
    ['gansu-2022-industry-tech-center', '002 附件2'],
    ['gansu-2022-alliance-self-evaluation', '002 附件3'],
    ['gansu-2022-demo-enterprise', '002 附件4'],
    ['hefei-2017-alliance-assessment', '003 评分细则'],
  ];

  it.each(TABLES)('%s: every label is found in %s', (packId, where) => {
    const table = norm(SECTIONS[where]());
    expect(pack(packId).rubric.indicators.filter((i) => !table.includes(norm(i.label))).map((i) => i.label)).toEqual([]);
  });

  /** The 二级指标 cells of 000 附件2 and 附件3: the line after a tab that ends in （N分）, or a bonus row name. */
  const secondLevelOf = (where: '000 附件2' | '000 附件3') =>
    SECTIONS[where]()
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => /（\d+分）$/u.test(l) && !/^产业联盟.*评价$|^（\d+分）$/u.test(l))
      .map((l) => l.replace(/（\d+分）$/u, '').trim());

  it.each([
    ['gansu-2020-alliance-formation', '000 附件2', 19],
    ['gansu-2020-alliance-assessment', '000 附件3', 11],
  ] as const)('%s: every scored 二级指标 of %s has an indicator of that label', (packId, where, count) => {
    const rows = secondLevelOf(where);
    expect(rows).toHaveLength(count);
    const labels = new Set(pack(packId).rubric.indicators.map((i) => norm(i.label)));
    expect(rows.filter((r) => !labels.has(norm(r)))).toEqual([]);
    for (const bonus of ['高层次人才', '特色工作', '完成省工信厅安排的相关服务工作', '国家级奖励']) expect(labels.has(bonus), bonus).toBe(true);
  });
});
