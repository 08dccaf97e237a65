import { describe, expect, it } from 'vitest';
import { batchIndexHtml, reportHtml } from '../../../src/report/formatters/html.js';
import { escapeHtml, html as tag, joinHtml, trusted } from '../../../src/report/formatters/html-escape.js';
import { makeErrorReport, makeReport } from './fixtures.js';
import { RAW_BIDI } from '../hostile-text.js';

describe('escapeHtml', () => {
  it('escapes markup characters and quotes', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });

  it('renders null and undefined as empty and numbers as text', () => {
    expect(escapeHtml(null)).toBe('');
    expect(escapeHtml(undefined)).toBe('');
    expect(escapeHtml(12)).toBe('12');
  });

  it('drops control characters but keeps line breaks and tabs', () => {
    expect(escapeHtml('a\u0000b\u001fc\nd\te')).toBe('abc\nd\te');
  });
});

describe('the html template tag', () => {
  it('escapes every interpolated value, in text and in attributes', () => {
    const v = `"><script>x</script>`;
    expect(tag`<td title="${v}">${v}</td>`.html).toBe('<td title="&quot;&gt;&lt;script&gt;x&lt;/script&gt;">&quot;&gt;&lt;script&gt;x&lt;/script&gt;</td>');
  });

  it('keeps nested html results and trusted markup, joins arrays and renders false as nothing', () => {
    const items = ['<a>', 'b'].map((x) => tag`<li>${x}</li>`);
    expect(tag`<ul>${items}</ul>${false}${trusted('<hr>')}`.html).toBe('<ul><li>&lt;a&gt;</li><li>b</li></ul><hr>');
    expect(joinHtml([tag`${'<'}`, tag`b`], '、').html).toBe('&lt;、b');
  });

  it('shows bidi controls in interpolated values', () => {
    expect(tag`${'a\u202Eb'}`.html).toBe('a⟨U+202E⟩b');
  });
});

describe('reportHtml', () => {
  const report = makeReport();
  const html = reportHtml(report);

  it('is a self-contained Chinese page', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('<style>');
    expect(html).not.toMatch(/<script|<link|\ssrc=|url\(/iu);
    expect(html.replaceAll('http://www.w3.org/', '')).not.toMatch(/https?:\/\//iu);
  });

  it('escapes a hostile quote', () => {
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('甲方：&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; 乙方');
  });

  it('shows the verdict banner', () => {
    expect(html).toMatch(/class="banner verdict-fail"[^]*审查结论：<strong>不通过<\/strong>/u);
    expect(html).toContain('不符合 1 项，待核实 1 项，符合 1 项');
  });

  it('lists the documents with Chinese kinds and reading quality', () => {
    expect(html).toContain('<td>协议书.pdf</td><td>联盟协议书</td>');
    expect(html).toContain('<td>建议书.docx</td><td>构建建议书</td>');
    expect(html).toContain('部分页面无法读取（第3–4页）');
  });

  it('shows every condition with status, title, id, message and source', () => {
    for (const c of report.conditions) {
      expect(html).toContain(c.message);
      expect(html).toContain(`<code class="cond-id">${c.id}</code>`);
      expect(html).toContain(c.title);
      expect(html).toContain(`依据：${c.source}`);
      expect(html).toContain(`class="cond status-${c.status}"`);
    }
    expect(html).toContain('<span class="badge">不符合</span>');
    expect(html).toContain('<span class="badge">待核实</span>');
  });

  it('shows the first three evidence items and folds every other one into details', () => {
    const section = html.slice(html.indexOf('id="cond-members.min-count"'), html.indexOf('</section>', html.indexOf('id="cond-members.min-count"')));
    const [shown, folded] = section.split('<details');
    expect(shown!.match(/<li><span class="where">/gu)).toHaveLength(3);
    expect(folded).toContain('<summary>其余 4 条证据</summary>');
    expect(folded!.match(/<li><span class="where">/gu)).toHaveLength(4);
    for (let i = 1; i <= 6; i++) expect(section).toContain(`成员${i}`);
    expect(section).not.toContain('report.json');
  });

  it('shows evidence as a file and a place a person can find, never JSON pointers or pixel boxes', () => {
    const withPlace = makeReport('p', {
      conditions: [
        {
          ...makeReport().conditions[0]!,
          evidence: [{ file: '扫描件.pdf', page: 2, ref: '/pages/1/blocks/3', quote: '盖章', bbox: [10, 20, 300, 400], location: '第2页 表1 第4行' }],
        },
      ],
    });
    const page = reportHtml(withPlace);
    expect(page).toContain('<span class="where">扫描件.pdf 第2页 表1 第4行</span><blockquote>盖章</blockquote>');
    expect(page).not.toMatch(/\/pages\/1\/blocks|\/blocks\/12|10, ?20, ?300/u);
    expect(html).toContain('<span class="where">协议书.pdf 第2页</span>');
    expect(html).not.toContain('/pages/1/blocks/3');
    expect(html).not.toContain('/blocks/12/rows/3/cells/1');
  });

  it('shows the main facts, members, messages and interpretation rules', () => {
    expect(html).toContain('<th>联盟名称</th><td>河南省新材料产业技术创新战略联盟</td>');
    expect(html).toContain('成员单位（3）');
    expect(html).toContain('<td>郑州大学</td><td>高等院校</td>');
    expect(html).toContain('91410100MA44XXXX1X');
    expect(html).toContain('注意：建议书.docx：第3、4页文字无法读取');
    expect(html).toContain('<li>成员单位以协议书所附名单为准</li>');
  });

  it('renders an error report without conditions', () => {
    const page = reportHtml(makeErrorReport('bad'));
    expect(page).toContain('审查结论：<strong>无法审查</strong>');
    expect(page).toContain('无法读取：文件已损坏');
    expect(page).toContain('申报项目</dt><dd>未能确定');
  });
});

describe('batchIndexHtml', () => {
  const reports = [makeReport('henan-07'), makeReport('a/b:c', { verdict: 'needs-review' }), makeErrorReport('坏 #1')];
  const html = batchIndexHtml(reports);

  it('links each submission to its report.html under the safe id', () => {
    expect(html.match(/<a href="[^"]*\/report\.html">/gu)).toHaveLength(3);
    expect(html).toContain('<a href="henan-07/report.html">henan-07</a>');
    expect(html).toContain('<a href="a_b_c/report.html">a/b:c</a>');
    expect(html).toContain(`<a href="${encodeURIComponent('坏 #1')}/report.html">坏 #1</a>`);
  });

  it('counts submissions by verdict', () => {
    expect(html).toContain('共 3 份申报');
    expect(html).toContain('<li class="verdict-fail">不通过<strong>1</strong></li>');
    expect(html).toContain('<li class="verdict-needs-review">待人工核实<strong>1</strong></li>');
    expect(html).toContain('<li class="verdict-error">无法审查<strong>1</strong></li>');
    expect(html).toContain('<li class="verdict-pass">通过<strong>0</strong></li>');
  });

  it('shows the program name, the verdict and the Chinese names of failed and undecided conditions with their ids on hover', () => {
    const row = html.slice(html.indexOf('henan-07/report.html'), html.indexOf('</tr>', html.indexOf('henan-07/report.html')));
    expect(row).toContain('<td title="henan-2020-alliance-application">河南省产业技术创新战略联盟构建</td>');
    expect(row).toContain('<td class="verdict verdict-fail" data-sort="0">不通过</td>');
    expect(row).toContain('<span class="fail" title="members.min-count">成员单位数量</span>');
    expect(row).toContain('<span class="unknown" title="agreement.signed">协议签署</span>');
    expect(html).toContain('损坏.pdf');
  });

  it('escapes submission ids', () => {
    const page = batchIndexHtml([makeReport('<b>x</b>')]);
    expect(page).not.toContain('<b>x</b>');
    expect(page).toContain('&lt;b&gt;x&lt;/b&gt;');
  });

  it('handles an empty batch', () => {
    expect(batchIndexHtml([])).toContain('没有申报材料');
  });
});

describe('bidi controls in HTML', () => {
  it('escapeHtml shows a right-to-left override as its code point', () => {
    expect(escapeHtml('rtl\u202Egpj.exe')).toBe('rtl⟨U+202E⟩gpj.exe');
  });

  it('leaves no raw bidi control in a report or the index', () => {
    const report = makeReport('rtl\u202Egpj');
    report.submission.documents[0]!.file = 'rtl\u202Egpj.exe';
    for (const page of [reportHtml(report), batchIndexHtml([report])]) {
      expect(page).not.toMatch(RAW_BIDI);
      expect(page).toContain('rtl⟨U+202E⟩gpj');
    }
  });
});
