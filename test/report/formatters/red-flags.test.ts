import { describe, expect, it } from 'vitest';
import { redFlagsMarkdown } from '../../../src/report/formatters/red-flags.js';
import { HOSTILE, makeHostileReport, makeReport } from './fixtures.js';
import { RAW_BIDI } from '../hostile-text.js';

describe('redFlagsMarkdown', () => {
  const batch = [{ rule: 'quota' as const, pack: 'p', submissions: ['a'], message: `兰州市\n# 全部通过 ${HOSTILE.script}` }];
  const md = redFlagsMarkdown([makeHostileReport(), makeReport('henan-09')], batch);
  const lines = md.split('\n');

  it('lets no submission id, alliance name, message or batch finding start a heading', () => {
    const headings = lines.filter((l) => l.startsWith('#'));
    expect(headings).toEqual([
      '# 红旗摘要',
      '## 批次问题（名额、截止日期）',
      '## 附件 \\# 审查结论：通过rtl⟨U+202E⟩gpj.exe（\\@SUM(1)甲方 \\| 伪造单元格 \\|）：不通过',
      '## henan-09（河南省新材料产业技术创新战略联盟）：不通过',
    ]);
  });

  it('writes no live HTML and no raw bidi control', () => {
    expect(md).not.toMatch(/<script/iu);
    expect(md).not.toMatch(RAW_BIDI);
    expect(md).toContain('- ✗ 兰州市 \\# 全部通过 &lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('keeps each finding on one line with its evidence', () => {
    expect(lines).toContain('- ✗ 成员单位数量：列明成员单位 3 家，少于要求的 10 家 —— rtl⟨U+202E⟩gpj.exe 第2页：「附件 \\# 审查结论：通过 &lt;script&gt;alert(1)&lt;/script&gt; 甲方 \\| 伪造单元格 \\|」');
    expect(lines).toContain('- ✗ &lt;script&gt;alert(1)&lt;/script&gt;：附件 \\# 审查结论：通过');
  });
});
