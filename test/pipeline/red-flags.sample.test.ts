import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCheck } from '../../src/commands/check.js';
import type { Report } from '../../src/model/report.js';
import { parseCsv } from '../report/hostile-text.js';

/**
 * End to end over the embedded sample, through `filings check` in-process: the inflated
 * self-evaluations, the late filing and the city over its quota are red-flagged in every output
 * (report.json, report.md, red-flags.md, summary.csv, summary.xlsx) and none of them is a plain pass.
 */
const SAMPLE = path.join(import.meta.dirname, '..', '..', 'corpora', 'sample');
const INFLATED = ['gansu-ase-01-inflated', 'gansu-etc-01-inflated-claims'];
const LATE = 'gansu-demo-03-late';
/** The four demonstration enterprises Lanzhou recommended (quota 3): the city must choose among all four. */
const LANZHOU_DEMO = ['gansu-demo-01-meets-all', 'gansu-demo-02-two-unmet', LATE, 'gansu-demo-04-over-quota'];

let out = '';
let status = -1;
const read = (file: string) => readFile(path.join(out, file), 'utf8');
const report = async (id: string) => JSON.parse(await read(`${id}/report.json`)) as Report;

beforeAll(async () => {
  out = await mkdtemp(path.join(os.tmpdir(), 'filings-flags-'));
  const quiet = { write: () => true };
  status = await runCheck(SAMPLE, { out, format: ['json', 'md', 'csv', 'xlsx'], ocr: true, cacheDir: '', cache: false, quiet: true }, { stdout: quiet, stderr: quiet });
}, 240_000);

afterAll(async () => {
  if (out) await rm(out, { recursive: true, force: true });
});

describe('red flags on the sample batch, in every output', () => {
  it('ends with the exit status for a batch with problems', () => {
    expect(status).toBe(1);
  });

  it('puts 自评虚高 on the inflated self-evaluations in report.json, with points per indicator, and sends them to review', async () => {
    const ase = await report(INFLATED[0]!);
    const flag = ase.flags.find((f) => f.id === 'score.inflated');
    expect(flag?.effect).toBe('needs-review');
    expect(flag?.indicators?.reduce((s, i) => s + i.excess, 0)).toBe(39);
    expect(flag?.indicators?.find((i) => i.id === 'ip')).toEqual({ id: 'ip', label: expect.any(String), claimed: 20, computed: [10, 10], excess: 10 });
    expect(ase.verdict).toBe('needs-review');
    const etc = await report(INFLATED[1]!);
    expect(etc.flags.map((f) => f.id)).toEqual(['score.inflated']);
    expect(etc.flags[0]!.message).toContain('合计高 6.5 分');
    expect(etc.verdict).toBe('needs-review');
  });

  it('fails the late filing (逾期报送) and flags every Lanzhou demonstration enterprise over the quota (超出推荐名额) in report.json', async () => {
    const late = await report(LATE);
    expect(late.flags.map((f) => f.id).sort()).toEqual(['batch.deadline', 'batch.quota']);
    expect(late.verdict).toBe('fail');
    for (const id of LANZHOU_DEMO) {
      const r = await report(id);
      expect(r.flags.map((f) => f.id), id).toContain('batch.quota');
      expect(r.verdict, id).not.toBe('pass');
    }
    expect((await report('gansu-demo-04-over-quota')).verdict).toBe('needs-review');
  });

  it('writes report.md again after the batch, so the late and over-quota reports show their flags on the verdict line', async () => {
    const verdictLine = async (id: string) => (await read(`${id}/report.md`)).split('\n').find((l) => l.startsWith('- 审查结论：'));
    expect(await verdictLine(LATE)).toBe('- 审查结论：**不通过**｜红旗：⚑ 逾期报送、⚑ 超出推荐名额');
    expect(await verdictLine('gansu-demo-04-over-quota')).toBe('- 审查结论：**待人工核实**｜红旗：⚑ 超出推荐名额');
    expect(await verdictLine(INFLATED[0]!)).toBe('- 审查结论：**待人工核实**｜红旗：⚑ 自评虚高');
    expect(await read(`${INFLATED[0]}/report.md`)).toContain('| 合计 |  |  | 39 |');
  });

  it('lists the flags under each submission in red-flags.md', async () => {
    const md = await read('red-flags.md');
    const section = (id: string) => md.slice(md.indexOf(`## ${id}`)).split('\n## ')[0]!;
    expect(section(INFLATED[0]!)).toContain('- ⚑ 自评虚高（待人工核实）：');
    expect(section(INFLATED[1]!)).toMatch(/ {2}- .+：自评 \d+(\.\d+)? 分，证据支持 [\d.–]+ 分，高 [\d.]+ 分/u);
    expect(section(LATE)).toContain('- ⚑ 逾期报送（不通过）：');
    expect(section('gansu-demo-04-over-quota')).toContain('- ⚑ 超出推荐名额（待人工核实）：');
  });

  it('gives flags, inflation and a verdict other than pass in summary.csv', async () => {
    const [header, ...rows] = parseCsv(await read('summary.csv'));
    const row = (id: string) => rows.find((r) => r[0] === id)!;
    const at = (id: string, col: string) => row(id)[header!.indexOf(col)];
    expect(at(INFLATED[0]!, 'flags_zh')).toBe('自评虚高');
    expect(at(INFLATED[0]!, 'claimed_inflation')).toBe('39');
    expect(at(LATE, 'flags')).toBe('batch.deadline batch.quota');
    expect(at('gansu-demo-04-over-quota', 'flags_zh')).toBe('超出推荐名额');
    for (const id of [...INFLATED, LATE, 'gansu-demo-04-over-quota']) expect(at(id, 'verdict'), id).not.toBe('pass');
  });

  it('gives flags in 审查汇总 and the late and over-quota filings in 批次问题 of summary.xlsx', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(out, 'summary.xlsx'));
    const summary = wb.getWorksheet('审查汇总')!;
    const header = (summary.getRow(1).values as unknown[]).slice(1);
    const rows = new Map<string, unknown[]>();
    summary.eachRow((r, n) => n > 1 && rows.set(String(r.getCell(1).value), (r.values as unknown[]).slice(1)));
    const at = (id: string, col: string) => rows.get(id)![header.indexOf(col)];
    expect(at(INFLATED[1]!, '红旗')).toBe('自评虚高');
    expect(at(INFLATED[1]!, '自评虚高分数')).toBe(6.5);
    expect(at(LATE, '审查结论')).toBe('不通过');
    expect(at('gansu-demo-04-over-quota', '红旗')).toBe('超出推荐名额');
    const batch: string[] = [];
    wb.getWorksheet('批次问题')!.eachRow((r, n) => n > 1 && batch.push(`${r.getCell(1).value} ${r.getCell(3).value}`));
    expect(batch).toContain(`${LATE} batch.deadline`);
    expect(batch).toEqual(expect.arrayContaining(LANZHOU_DEMO.map((id) => `${id} batch.quota`)));
  });
});
