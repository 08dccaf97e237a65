import { describe, expect, it } from 'vitest';
import { reportMarkdown } from '../../../src/report/formatters/markdown.js';
import { makeHostileReport, makeReport } from './fixtures.js';
import { FLAGS, flaggedReport } from '../../pipeline/red-flags-fixtures.js';
import { RAW_BIDI } from '../hostile-text.js';

/** The cells of a Markdown table row, split at unescaped pipes. */
function cells(row: string): string[] {
  return row.split(/(?<!\\)\|/u).slice(1, -1);
}

describe('reportMarkdown', () => {
  const md = reportMarkdown(makeHostileReport());
  const lines = md.split('\n');

  it('lets no file name, id or quote plant a heading of its own', () => {
    expect(lines.filter((l) => l.startsWith('#')).every((l) => /^(# 形式审查报告：|## |### )/u.test(l))).toBe(true);
    expect(lines.some((l) => /^#+\s*审查结论/u.test(l))).toBe(false);
    expect(lines[0]).toBe('# 形式审查报告：附件 \\# 审查结论：通过rtl⟨U+202E⟩gpj.exe');
  });

  it('keeps the only verdict line the real one', () => {
    expect(lines.filter((l) => /^[\s#>*+-]*审查结论/u.test(l))).toEqual(['- 审查结论：**不通过**']);
  });

  it('writes no live HTML', () => {
    expect(md).not.toMatch(/<script|<\/script/iu);
    expect(md).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('keeps every row of the documents table at five cells whatever the file name holds', () => {
    const start = lines.indexOf('| 文件 | 类型 | 判断依据 | 页数 | 读取情况 |');
    const rows = lines.slice(start + 2, start + 4);
    expect(rows.map((r) => cells(r).length)).toEqual([5, 5]);
    expect(rows[0]).toContain('=HYPERLINK("http\\://x","点我")');
  });

  it('shows bidi controls and keeps no raw one', () => {
    expect(md).not.toMatch(RAW_BIDI);
    expect(md).toContain('rtl⟨U+202E⟩gpj.exe');
  });

  it('escapes the pipes of a quoted alliance name and evidence', () => {
    expect(md).toContain('- 联盟名称：\\@SUM(1)甲方 \\| 伪造单元格 \\|');
    expect(md).not.toMatch(/伪造单元格 \|/u);
  });

  it('reads as before for an ordinary report', () => {
    const plain = reportMarkdown(makeReport());
    expect(plain).toContain('# 形式审查报告：henan-07');
    expect(plain).toContain('| 协议书.pdf | 联盟协议书 | 标题含“联盟协议” | 12 | 正常 |');
    expect(plain).toContain('- 协议书.pdf 第2页：「甲方：&lt;script&gt;alert("x")&lt;/script&gt; &amp; 乙方」');
    expect(plain).toContain('### 不符合｜成员单位数量（members.min-count）');
    expect(plain).toContain('- 成员单位（3）：郑州某某科技有限公司、郑州大学、中国科学院某研究所');
  });
});

describe('reportMarkdown with red flags', () => {
  const md = reportMarkdown(flaggedReport('gansu-late', [FLAGS['batch.deadline'], FLAGS['score.inflated']], 'fail'));
  const lines = md.split('\n');

  it('names the flags on the verdict line', () => {
    expect(lines).toContain('- 审查结论：**不通过**｜红旗：⚑ 逾期报送、⚑ 自评虚高');
  });

  it('gives each flag a section with its effect on the verdict, its message and its evidence placed as a person finds it', () => {
    expect(lines).toContain('### ⚑ 逾期报送（结论：不通过）');
    expect(lines).toContain('### ⚑ 自评虚高（结论：待人工核实）');
    expect(lines).toContain('- submission.json 「submittedAt」字段：「submittedAt: 2022-04-25」');
    expect(lines).toContain('- 自评表.docx 表1 第3行「自评得分」栏：「知识产权 20」');
    expect(md).not.toContain('/blocks/3/rows/2/cells/4');
  });

  it('lists the inflated indicators with claimed, supported and excess points and the total', () => {
    expect(lines).toContain('| 知识产权 | 20 | 10 | 10 |');
    expect(lines).toContain('| 中长期发展规划 | 11 | 0–5 | 6 |');
    expect(lines).toContain('| 合计 |  |  | 16 |');
    expect(lines).toContain('自评分高于证据支持分数的指标 2 项，合计高 16 分');
  });

  it('shows no flag section and a plain verdict line without flags', () => {
    const plain = reportMarkdown(flaggedReport('ok', [], 'pass'));
    expect(plain).toContain('- 审查结论：**通过**\n');
    expect(plain).not.toContain('## 红旗');
  });
});

describe('reportMarkdown conditions and evidence', () => {
  const base = makeReport();
  const [failed, unknown, passed] = base.conditions;
  const md = reportMarkdown({ ...base, conditions: [passed!, unknown!, failed!] });

  it('lists failed conditions first, then undecided, then passed', () => {
    const headings = md.split('\n').filter((l) => l.startsWith('### '));
    expect(headings.map((h) => h.slice(4, 7))).toEqual(['不符合', '待核实', '符合｜']);
  });

  it('lists every evidence item of a condition, not only the first five', () => {
    for (let i = 1; i <= 6; i++) expect(md).toContain(`- 协议书.pdf 第3页：「成员${i}」`);
  });

  it('cites the pack by its source as the report holds it', () => {
    expect(md).toContain('- 依据：豫科〔2020〕12号');
  });
});
