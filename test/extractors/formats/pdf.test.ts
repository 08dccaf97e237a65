import { describe, expect, it } from 'vitest';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { readPdf, CMAP_DIR } from '../../../extractors/formats/pdf.js';
import { UnreadableFileError } from '../../../extractors/formats/format-result.js';
import { writeEncryptedPdfStub, writePdf } from '../../../corpora/generator/writers/pdf-writer.js';
import type { TableBlock } from '../../../src/model/document.js';

const text = (r: Awaited<ReturnType<typeof readPdf>>) => r.blocks.map((b) => (b.type === 'table' ? b.rows.map((row) => row.cells.map((c) => c.text).join('|')).join('\n') : b.text)).join('\n');

describe('readPdf', () => {
  it('reads Chinese set in the non-embedded STSong-Light font (needs the Adobe CMaps)', async () => {
    const r = await readPdf(writePdf({ title: '联盟协议书', blocks: [{ kind: 'paragraph', text: '甲方：郑州大学' }] }));
    expect(text(r)).toContain('联盟协议书');
    expect(text(r)).toContain('甲方:郑州大学');
    expect(r.pages).toEqual([{ number: 1, quality: 'good', chars: expect.any(Number) }]);
  });

  it('gets no text from the same PDF when pdf.js is not given the CMaps (why cMapUrl is passed)', async () => {
    const doc = await getDocument({ data: new Uint8Array(writePdf({ blocks: [{ kind: 'paragraph', text: '甲方：郑州大学' }] })), verbosity: 0 }).promise;
    const content = await (await doc.getPage(1)).getTextContent();
    expect(content.items.map((i) => ('str' in i ? i.str : '')).join('').trim()).toBe('');
    await doc.destroy();
    expect(CMAP_DIR.endsWith('/')).toBe(true);
  });

  it('repairs the space PDF text puts between a number and its unit ("12.5 亿元")', async () => {
    const r = await readPdf(writePdf({ blocks: [{ kind: 'paragraph', text: '上年度营业总收入12.5亿元，职工1260人' }] }, { splitNumberRuns: true }));
    expect(text(r)).toContain('12.5亿元');
    expect(text(r)).toContain('1260人');
  });

  it('turns a bordered table into rows of cells with page numbers', async () => {
    const r = await readPdf(writePdf({ blocks: [{ kind: 'table', rows: [[{ text: '成员总数' }, { text: '12个' }, { text: '成员企业数' }, { text: '7个' }]] }] }));
    const t = r.blocks.find((b): b is TableBlock => b.type === 'table')!;
    expect(t.rows[0].cells.map((c) => c.text)).toEqual(['成员总数', '12个', '成员企业数', '7个']);
    expect(t.page).toBe(1);
  });

  it('joins a unit name wrapped inside its cell back into one cell', async () => {
    const r = await readPdf(writePdf({ blocks: [{ kind: 'table', rows: [[{ text: '成员单位' }, { text: '签字' }, { text: '日期' }], [{ text: '河南中原新材料科技股份有限公司研究总院' }, { text: '张伟' }, { text: '2020年8月20日' }]] }] }));
    const t = r.blocks.find((b): b is TableBlock => b.type === 'table')!;
    expect(t.rows.map((row) => row.cells[0].text)).toEqual(['成员单位', '河南中原新材料科技股份有限公司研究总院']);
  });

  it('marks a page with no text layer unreadable and keeps reading the others', async () => {
    const r = await readPdf(writePdf({ blocks: [{ kind: 'paragraph', text: '第一页正文' }, { kind: 'scannedPage' }, { kind: 'paragraph', text: '第三页正文' }] }));
    expect(r.pages?.map((p) => p.quality)).toEqual(['good', 'unreadable', 'good']);
    expect(r.pages?.[1].reason).toMatch(/没有文字层/u);
    expect(text(r)).toContain('第三页正文');
  });

  it('rejects an encrypted PDF with a clear "encrypted" error', async () => {
    await expect(readPdf(writeEncryptedPdfStub())).rejects.toMatchObject({ code: 'encrypted' });
    await expect(readPdf(writeEncryptedPdfStub())).rejects.toBeInstanceOf(UnreadableFileError);
  });

  it('rejects a truncated PDF as corrupt', async () => {
    const bytes = writePdf({ blocks: [{ kind: 'paragraph', text: '正文' }] });
    await expect(readPdf(bytes.subarray(0, 200))).rejects.toMatchObject({ code: 'corrupt' });
  });
});
