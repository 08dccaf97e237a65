import { describe, expect, it } from 'vitest';
import { readDocx } from '../../../extractors/formats/docx.js';
import { writeDocx } from '../../../corpora/generator/writers/docx-writer.js';
import type { TableBlock } from '../../../src/model/document.js';

const table = (blocks: Awaited<ReturnType<typeof readDocx>>['blocks']) => blocks.find((b): b is TableBlock => b.type === 'table')!;

describe('readDocx', () => {
  it('keeps headings with their level and paragraphs in order', async () => {
    const { blocks } = await readDocx(await writeDocx({ blocks: [{ kind: 'heading', level: 2, text: '第一章 总则' }, { kind: 'paragraph', text: '第一条 联盟名称为“甲联盟”。' }] }));
    expect(blocks.map((b) => b.type)).toEqual(['heading', 'paragraph']);
    expect(blocks[0]).toMatchObject({ level: 2, text: '第一章总则' });
  });

  it('keeps a merged cell once with its colSpan and rowSpan, never cloned into the covered slots', async () => {
    const buf = await writeDocx({
      blocks: [{ kind: 'table', rows: [[{ text: '合并', colSpan: 2, rowSpan: 2 }, { text: 'A' }], [{ text: 'B' }], [{ text: 'x' }, { text: 'y' }, { text: 'z' }]] }],
    });
    const t = table((await readDocx(buf)).blocks);
    expect(t.rows.map((r) => r.cells.map((c) => c.text))).toEqual([['合并', 'A'], ['B'], ['x', 'y', 'z']]);
    expect(t.rows[0].cells[0]).toMatchObject({ colSpan: 2, rowSpan: 2 });
    expect(t.rows[0].cells[0].ref).toBe(`${t.ref}/rows/0/cells/0`);
  });

  it.each([
    ['glyph', '☑有 □无'],
    ['control', 'Word checkbox controls'],
  ] as const)('turns %s checkboxes into checkbox states with their option labels', async (style, _what) => {
    const buf = await writeDocx({ blocks: [{ kind: 'table', rows: [[{ text: '经费管理制度' }, { text: '{{cb:1}}有 {{cb:0}}无' }]] }] }, { checkboxStyle: style });
    const cell = table((await readDocx(buf)).blocks).rows[0].cells[1];
    expect(cell.checkboxes).toEqual([
      { state: 'checked', label: '有' },
      { state: 'unchecked', label: '无' },
    ]);
  });

  it('reads every box glyph the forms use (□ ☐ unchecked; ☑ ☒ ■ √ checked)', async () => {
    const { blocks } = await readDocx(await writeDocx({ blocks: [{ kind: 'paragraph', text: '□甲 ☐乙 ☑丙 ☒丁 ■戊 √己' }] }));
    const p = blocks[0];
    expect(p.type === 'paragraph' && p.checkboxes?.map((b) => b.state)).toEqual(['unchecked', 'unchecked', 'checked', 'checked', 'checked', 'checked']);
  });

  it('normalises full-width digits and spacing in the text it keeps', async () => {
    const { blocks } = await readDocx(await writeDocx({ blocks: [{ kind: 'paragraph', text: '成员总数：１２ 个' }] }));
    expect(blocks[0]).toMatchObject({ text: '成员总数:12个' });
  });

  it('throws on bytes that are not a DOCX package', async () => {
    await expect(readDocx(Buffer.from('PK\u0003\u0004 not really a zip'))).rejects.toThrow();
  });
});
