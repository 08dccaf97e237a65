import { describe, expect, it } from 'vitest';
import { redFlagsMarkdown } from '../../../src/report/formatters/red-flags.js';
import { HOSTILE, makeHostileReport, makeReport } from './fixtures.js';
import { FLAGS, flaggedReport } from '../../pipeline/red-flags-fixtures.js';
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

describe('redFlagsMarkdown with red flags', () => {
  const md = redFlagsMarkdown([
    flaggedReport('gansu-ase-01', [FLAGS['score.inflated']], 'needs-review'),
    flaggedReport('gansu-demo-03', [FLAGS['batch.deadline'], FLAGS['batch.quota']], 'fail'),
    flaggedReport('gansu-ok', [], 'pass'),
  ]);
  const lines = md.split('\n');

  it('lists every flagged submission under a heading that names its verdict and flags, and no plain pass', () => {
    expect(lines.filter((l) => l.startsWith('## '))).toEqual(['## gansu-ase-01（河南省新材料产业技术创新战略联盟）：待人工核实｜⚑ 自评虚高', '## gansu-demo-03（河南省新材料产业技术创新战略联盟）：不通过｜⚑ 逾期报送、⚑ 超出推荐名额']);
  });

  it('gives the inflation with the points of each indicator', () => {
    expect(lines).toContain('- ⚑ 自评虚高（待人工核实）：自评分高于证据支持分数的指标 2 项，合计高 16 分');
    expect(lines).toContain('  - 知识产权：自评 20 分，证据支持 10 分，高 10 分');
    expect(lines).toContain('  - 中长期发展规划：自评 11 分，证据支持 0–5 分，高 6 分');
  });

  it('gives the deadline and quota flags under the submission they concern, with where', () => {
    const at = lines.indexOf('## gansu-demo-03（河南省新材料产业技术创新战略联盟）：不通过｜⚑ 逾期报送、⚑ 超出推荐名额');
    expect(lines[at + 2]).toBe('- ⚑ 逾期报送（不通过）：于 2022-04-25 报送，晚于市级截止日期 2022-04-20 —— submission.json 「submittedAt」字段：「submittedAt: 2022-04-25」');
    expect(lines[at + 3]).toMatch(/^- ⚑ 超出推荐名额（待人工核实）：兰州市推荐 4 个/u);
  });

  it('counts verdicts in the verdict vocabulary with the flagged submissions', () => {
    expect(lines[2]).toBe('共 3 份申报：通过 1，不通过 1，待人工核实 1，无法审查 0；带红旗 2 份。');
  });
});
