import JSZip from 'jszip';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import type { DocSpec } from '../../../corpora/generator/spec.js';
import { writeDocx } from '../../../corpora/generator/writers/docx-writer.js';

/** Minimal view of mammoth's document element tree (what transformDocument receives). */
interface MammothElement {
  type: string;
  children?: MammothElement[];
  value?: string;
  styleName?: string | null;
  checked?: boolean;
  colSpan?: number;
  rowSpan?: number;
}

async function toHtml(buffer: Buffer): Promise<{ html: string; messages: string[] }> {
  const result = await mammoth.convertToHtml({ buffer });
  return { html: result.value, messages: result.messages.map((m) => m.message) };
}

/** The document element tree mammoth builds before HTML conversion. */
async function toTree(buffer: Buffer): Promise<MammothElement> {
  let tree: MammothElement | undefined;
  await mammoth.convertToHtml(
    { buffer },
    {
      transformDocument: (document: MammothElement) => {
        tree = document;
        return document;
      },
    },
  );
  if (!tree) throw new Error('transformDocument was not called');
  return tree;
}

function descendants(element: MammothElement, type: string): MammothElement[] {
  const found: MammothElement[] = [];
  for (const child of element.children ?? []) {
    if (child.type === type) found.push(child);
    found.push(...descendants(child, type));
  }
  return found;
}

function textOf(element: MammothElement): string {
  if (element.type === 'text') return element.value ?? '';
  return (element.children ?? []).map(textOf).join('');
}

const mergedTable: DocSpec = {
  blocks: [
    {
      kind: 'table',
      rows: [
        [{ text: '联盟名称', colSpan: 2 }, { text: '类型', rowSpan: 3 }, { text: '备注' }],
        [{ text: '牵头单位' }, { text: '第一段\n第二段' }, { text: '无' }],
        [{ text: '成员', colSpan: 2 }, { text: '共36家' }],
      ],
    },
  ],
};

describe('writeDocx', () => {
  it('writes the minimal OOXML parts with heading styles named "heading 1".."heading 3" and Title', async () => {
    const zip = await JSZip.loadAsync(await writeDocx({ blocks: [{ kind: 'paragraph', text: 'x' }] }));
    for (const part of ['[Content_Types].xml', '_rels/.rels', 'word/document.xml', 'word/styles.xml', 'word/_rels/document.xml.rels']) {
      expect(zip.file(part), part).not.toBeNull();
    }
    const styles = await zip.file('word/styles.xml')!.async('string');
    for (const [id, name] of [['Heading1', 'heading 1'], ['Heading2', 'heading 2'], ['Heading3', 'heading 3'], ['Title', 'Title']]) {
      expect(styles).toContain(`w:styleId="${id}"><w:name w:val="${name}"/>`);
    }
  });

  it('turns headings into h1/h2/h3, the title into a centred Title paragraph, and keeps Chinese text', async () => {
    const buffer = await writeDocx({
      title: '产业技术创新战略联盟备案表',
      blocks: [
        { kind: 'heading', level: 1, text: '一、联盟基本情况' },
        { kind: 'heading', level: 2, text: '（一）成员单位' },
        { kind: 'heading', level: 3, text: '1. 牵头单位' },
        { kind: 'paragraph', text: '联盟总投入12.5亿元，成员单位共36家 <A&B>。' },
      ],
    });
    const { html, messages } = await toHtml(buffer);
    expect(html).toBe(
      '<p>产业技术创新战略联盟备案表</p><h1>一、联盟基本情况</h1><h2>（一）成员单位</h2><h3>1. 牵头单位</h3>' +
        '<p>联盟总投入12.5亿元，成员单位共36家 &lt;A&amp;B&gt;。</p>',
    );
    // mammoth's default style map has no rule for Title.
    expect(messages).toEqual(["Unrecognised paragraph style: 'Title' (Style ID: Title)"]);
    const title = descendants(await toTree(buffer), 'paragraph')[0];
    expect(title).toMatchObject({ styleName: 'Title', alignment: 'center' });
  });

  it('keeps colspan and rowspan: gridSpan and vMerge come back as colSpan/rowSpan, continue cells are dropped', async () => {
    const buffer = await writeDocx(mergedTable);
    const { html } = await toHtml(buffer);
    expect(html).toBe(
      '<table>' +
        '<tr><td colspan="2"><p>联盟名称</p></td><td rowspan="3"><p>类型</p></td><td><p>备注</p></td></tr>' +
        '<tr><td><p>牵头单位</p></td><td><p>第一段</p><p>第二段</p></td><td><p>无</p></td></tr>' +
        '<tr><td colspan="2"><p>成员</p></td><td><p>共36家</p></td></tr>' +
        '</table>',
    );
    const rows = descendants(await toTree(buffer), 'tableRow');
    expect(rows.map((row) => row.children!.map((cell) => [textOf(cell), cell.colSpan, cell.rowSpan]))).toEqual([
      [['联盟名称', 2, 1], ['类型', 1, 3], ['备注', 1, 1]],
      [['牵头单位', 1, 1], ['第一段第二段', 1, 1], ['无', 1, 1]],
      [['成员', 2, 1], ['共36家', 1, 1]],
    ]);
  });

  it('writes a grid as wide as the widest row, with vMerge restart/continue cells as Word does', async () => {
    const zip = await JSZip.loadAsync(await writeDocx(mergedTable));
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml.match(/<w:gridCol /g)).toHaveLength(4);
    expect(xml.match(/<w:vMerge w:val="restart"\/>/g)).toHaveLength(1);
    expect(xml.match(/<w:vMerge\/>/g)).toHaveLength(2);
    expect(xml.match(/<w:gridSpan w:val="2"\/>/g)).toHaveLength(2);
    // 3 + 4 + 3 cells (rows 2 and 3 carry a continue cell for 类型), each with its own borders.
    expect(xml.match(/<w:tc>/g)).toHaveLength(10);
    expect(xml.match(/<w:tcBorders>/g)).toHaveLength(10);
  });

  it('declares trailing empty grid slots of a short row with w:gridAfter', async () => {
    const buffer = await writeDocx({
      blocks: [{ kind: 'table', rows: [[{ text: 'a' }, { text: 'b' }, { text: 'c' }], [{ text: 'd' }]] }],
    });
    const xml = await (await JSZip.loadAsync(buffer)).file('word/document.xml')!.async('string');
    expect(xml).toContain('<w:gridAfter w:val="2"/>');
    expect((await toHtml(buffer)).html).toBe(
      '<table><tr><td><p>a</p></td><td><p>b</p></td><td><p>c</p></td></tr><tr><td><p>d</p></td></tr></table>',
    );
  });

  it('writes checkbox markers as ☑/□ glyphs by default, or as the glyphs given', async () => {
    const spec: DocSpec = { blocks: [{ kind: 'paragraph', text: '是否备案：{{cb:1}}是 {{cb:0}}否' }] };
    expect((await toHtml(await writeDocx(spec))).html).toBe('<p>是否备案：☑是 □否</p>');
    const custom = await writeDocx(spec, { checkboxGlyphs: ['■', '□'] });
    expect((await toHtml(custom)).html).toBe('<p>是否备案：■是 □否</p>');
  });

  it('writes checkbox content controls that mammoth reads as checkbox elements', async () => {
    const buffer = await writeDocx(
      {
        blocks: [
          { kind: 'paragraph', text: '是否备案：{{cb:1}}是 {{cb:0}}否' },
          { kind: 'table', rows: [[{ text: '{{cb:1}}企业' }, { text: '{{cb:0}}高校' }]] },
        ],
      },
      { checkboxStyle: 'control' },
    );
    const xml = await (await JSZip.loadAsync(buffer)).file('word/document.xml')!.async('string');
    expect(xml).toContain('xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"');
    expect(xml).toContain('<w14:checked w14:val="1"/>');
    expect(xml).toContain('☒');

    const { html } = await toHtml(buffer);
    expect(html).toContain('<p>是否备案：<input type="checkbox" checked="checked" />是 <input type="checkbox" />否</p>');
    expect(html).toContain('<td><p><input type="checkbox" checked="checked" />企业</p></td>');

    const checkboxes = descendants(await toTree(buffer), 'checkbox');
    expect(checkboxes).toEqual([
      { type: 'checkbox', checked: true },
      { type: 'checkbox', checked: false },
      { type: 'checkbox', checked: true },
      { type: 'checkbox', checked: false },
    ]);
  });

  it('writes page breaks as w:br type="page" and the section as A4', async () => {
    const buffer = await writeDocx({
      blocks: [{ kind: 'paragraph', text: '第一页' }, { kind: 'pageBreak' }, { kind: 'paragraph', text: '第二页' }],
    });
    const xml = await (await JSZip.loadAsync(buffer)).file('word/document.xml')!.async('string');
    expect(xml).toContain('<w:br w:type="page"/>');
    expect(xml).toContain('<w:pgSz w:w="11906" w:h="16838"/>');
    const raw = await mammoth.extractRawText({ buffer });
    expect(raw.value).toContain('第一页');
    expect(raw.value).toContain('第二页');
  });
});
