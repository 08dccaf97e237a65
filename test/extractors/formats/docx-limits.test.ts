import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, LimitExceededError, type Limits } from '../../../src/model/limits.js';
import { readDocx } from '../../../extractors/formats/docx.js';
import { elementCounter } from '../../../extractors/formats/docx-parts.js';
import { readDocument, UnreadableFileError } from '../../../extractors/formats/index.js';
import { ZipEntryError } from '../../../extractors/formats/zip.js';
import { craftDocx, documentXml, hugeDocument, relationships, tinyParagraphs, TINY_PARAGRAPH, W_NS } from '../../hostile/craft-docx.js';

const GB = 1024 ** 3;
const limits = (over: Partial<Limits> = {}): Limits => ({ ...DEFAULT_LIMITS, ...over });
const zeros = (bytes: number) => [{ piece: Buffer.alloc(1 << 20), times: bytes / (1 << 20) }];

async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (err) {
    return err as Error;
  }
  throw new Error('expected a rejection');
}

describe('readDocx reads every part mammoth parses under the budgets', () => {
  it('reads a small DOCX built part by part', async () => {
    const { blocks } = await readDocx(craftDocx());
    expect(blocks).toEqual([expect.objectContaining({ type: 'paragraph', text: '联盟章程' })]);
  });

  it('stops counting at the element budget: document.xml of 50,000 tiny paragraphs (200,000 elements)', async () => {
    const err = await rejection(readDocx(craftDocx({ 'word/document.xml': tinyParagraphs(50_000) })));
    expect(err).toBeInstanceOf(LimitExceededError);
    expect(err).toMatchObject({ limit: 'xmlElements' });
    expect(err.message).toMatch(/DOCX 部件 word\/document\.xml：超过DOCX 单个部件 XML 元素数上限 150,000/u);
  });

  it('counts the elements of the parts together, since mammoth holds them all at once', async () => {
    const footnotes = `<w:footnotes xmlns:w="${W_NS}"><w:footnote w:id="1">${TINY_PARAGRAPH.repeat(10_000)}</w:footnote></w:footnotes>`;
    const docx = craftDocx({
      'word/document.xml': documentXml(TINY_PARAGRAPH.repeat(10_000)),
      'word/footnotes.xml': footnotes,
      'word/_rels/document.xml.rels': relationships({ rId1: ['footnotes', 'footnotes.xml'] }),
    });
    const err = await rejection(readDocx(docx, limits({ xmlElements: 60_000 })));
    expect(err.message).toMatch(/DOCX 各部件合计（读到 word\/document\.xml 时）：超过DOCX 单个部件 XML 元素数上限 60,000/u);
    await expect(readDocx(docx, limits({ xmlElements: 100_000 }))).resolves.toBeTruthy();
  });

  it('refuses a document.xml declaring 3 GB before inflating it', async () => {
    const err = await rejection(readDocx(craftDocx({ 'word/document.xml': { content: Buffer.from(documentXml('')), declaredSize: 3 * GB } })));
    expect(err).toMatchObject({ limit: 'docxPartBytes' });
    expect(err.message).toMatch(/DOCX 部件 word\/document\.xml 解压后为 3 GB：超过DOCX 单个部件解压大小上限 5 MB/u);
  });

  it('stops inflating a document.xml that declares 100 KB and inflates to 1 GB', async () => {
    const err = await rejection(readDocx(craftDocx({ 'word/document.xml': { content: hugeDocument(GB), declaredSize: 100 * 1024 } })));
    expect(err).toBeInstanceOf(ZipEntryError);
  });

  it('reads a part the relationships point at (styles in a 64 MB media file) under the same budget', async () => {
    const docx = craftDocx({
      'word/_rels/document.xml.rels': relationships({ rId1: ['styles', 'media/styles.bin'] }),
      'word/media/styles.bin': zeros(64 << 20),
    });
    const err = await rejection(readDocx(docx));
    expect(err).toMatchObject({ limit: 'docxPartBytes' });
    expect(err.message).toMatch(/word\/media\/styles\.bin/u);
  });

  it('never inflates parts mammoth does not ask for (a 1 GB image)', async () => {
    const { blocks } = await readDocx(craftDocx({ 'word/media/image1.png': zeros(GB) }));
    expect(blocks).toHaveLength(1);
  });

  it('readDocument passes the limit through instead of calling the DOCX damaged', async () => {
    const bytes = craftDocx({ 'word/document.xml': tinyParagraphs(50_000) });
    const file = { name: '建议书.docx', bytes, sha256: createHash('sha256').update(bytes).digest('hex'), format: 'docx' as const };
    const err = await rejection(readDocument(file));
    expect(err).toBeInstanceOf(UnreadableFileError);
    expect(err).toMatchObject({ code: 'limit' });
    expect(err.message).toMatch(/XML 元素数上限/u);
    expect(err.message).not.toMatch(/已损坏/u);
  });
});

describe('elementCounter', () => {
  it('counts start tags across chunk boundaries, not end tags, declarations or comments', () => {
    const elements = { total: 0 };
    const count = elementCounter('x.xml', elements, 100);
    for (const chunk of ['<?xml?><a><b/', '><', 'c>text</c><!-- n --><', 'd/></a>']) count(Buffer.from(chunk));
    expect(elements.total).toBe(4);
  });

  it('throws once the total passes the budget', () => {
    const count = elementCounter('word/document.xml', { total: 0 }, 3);
    expect(() => count(Buffer.from('<a><b><c><d>'))).toThrow(LimitExceededError);
  });
});
