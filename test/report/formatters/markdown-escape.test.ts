import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../../src/report/formatters/markdown-escape.js';

describe('escapeMarkdown', () => {
  it('keeps a file name with a newline and a heading on the same line with the # escaped', () => {
    expect(escapeMarkdown('附件.docx\n# 审查结论：通过')).toBe('附件.docx \\# 审查结论：通过');
  });

  it('turns <, > and & into entities so that no HTML goes live', () => {
    expect(escapeMarkdown('<script>alert(1)</script> & <img src=x onerror=y>')).toBe('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;img src=x onerror=y&gt;');
  });

  it('escapes | so that text cannot add a table cell', () => {
    expect(escapeMarkdown('a | b')).toBe('a \\| b');
  });

  it('escapes emphasis, code, links, strikethrough and math markers', () => {
    expect(escapeMarkdown('**粗** _斜_ `码` [点](u) ~~删~~ $x$ {a} \\')).toBe('\\*\\*粗\\*\\* \\_斜\\_ \\`码\\` \\[点\\](u) \\~\\~删\\~\\~ \\$x\\$ \\{a\\} \\\\');
  });

  it('escapes what would start a list, a quote or a heading underline at the start of a line', () => {
    expect(escapeMarkdown('- 列表')).toBe('\\- 列表');
    expect(escapeMarkdown('+ 列表')).toBe('\\+ 列表');
    expect(escapeMarkdown('===')).toBe('\\===');
    expect(escapeMarkdown('- - -')).toBe('\\- - -');
    expect(escapeMarkdown('-')).toBe('\\-');
    expect(escapeMarkdown('1. 第一')).toBe('1\\. 第一');
    expect(escapeMarkdown('12) 第十二')).toBe('12\\) 第十二');
    expect(escapeMarkdown('> 引用')).toBe('&gt; 引用');
    expect(escapeMarkdown('    缩进')).toBe('缩进');
  });

  it('stops bare URLs and e-mail addresses from becoming links', () => {
    expect(escapeMarkdown('=HYPERLINK("http://x")')).toBe('=HYPERLINK("http\\://x")');
    expect(escapeMarkdown('见 www.example.com 或 a@b.cn')).toBe('见 www\\.example.com 或 a\\@b.cn');
  });

  it('shows bidi controls', () => {
    expect(escapeMarkdown('rtl\u202Egpj.exe')).toBe('rtl⟨U+202E⟩gpj.exe');
  });

  it('leaves ids, file names, Chinese text and punctuation inside a name readable', () => {
    for (const s of ['henan-01-complete-docx', '附件4-联盟协议书.docx', '甘工信发〔2020〕60号 二（二）“产业联盟协议须由成员单位法定代表人共同签署”', 'members.min-count', '3.5亿元 (含)!', '-3', '=SUM']) {
      expect(escapeMarkdown(s)).toBe(s);
    }
  });
});
