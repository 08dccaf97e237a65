import { describe, expect, it } from 'vitest';
import { reportMarkdown } from '../../../src/report/formatters/markdown.js';
import { makeHostileReport, makeReport } from './fixtures.js';
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
