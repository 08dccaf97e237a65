import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { PDFParse, PasswordException } from 'pdf-parse';
import type { LoadParameters } from 'pdf-parse';
import { describe, expect, it } from 'vitest';
import type { DocSpec, SpecCell } from '../../../corpora/generator/spec.js';
import { writeEncryptedPdfStub, writePdf } from '../../../corpora/generator/writers/pdf-writer.js';

/**
 * The pdfjs-dist that pdf-parse uses (resolved from pdf-parse's own location), and its predefined
 * CMaps directory as an absolute file path with trailing slash: the form pdf.js's
 * NodeCMapReaderFactory can read (a file:// URL string or a URL object does not work).
 */
const require = createRequire(import.meta.url);
const pdfjsDir = dirname(createRequire(require.resolve('pdf-parse')).resolve('pdfjs-dist/package.json'));
const CMAP_URL = join(pdfjsDir, 'cmaps') + '/';

async function pageTexts(buffer: Buffer, load: Partial<LoadParameters> = { cMapUrl: CMAP_URL, cMapPacked: true }): Promise<string[]> {
  const parser = new PDFParse({ data: new Uint8Array(buffer), ...load });
  try {
    return (await parser.getText()).pages.map((page) => page.text);
  } finally {
    await parser.destroy();
  }
}

const filing: DocSpec = {
  title: '产业技术创新战略联盟备案表',
  blocks: [
    { kind: 'heading', level: 1, text: '一、联盟基本情况' },
    { kind: 'paragraph', text: '联盟总投入12.5亿元，成员单位共36家。' },
    {
      kind: 'table',
      rows: [
        [{ text: '名称' }, { text: '类型' }, { text: '金额' }, { text: '备注' }],
        [{ text: '联盟A', rowSpan: 2 }, { text: '企业', colSpan: 2 }, { text: '无' }],
        [{ text: '高校' }, { text: '3.5万元' }, { text: '是否备案：{{cb:1}}是 {{cb:0}}否' }],
      ],
    },
    { kind: 'pageBreak' },
    { kind: 'heading', level: 2, text: '二、附件' },
  ],
};

describe('writePdf', () => {
  it('writes a non-embedded STSong-Light Type0 font with UniGB-UCS2-H and a valid xref table', () => {
    const pdf = writePdf(filing).toString('latin1');
    expect(pdf.startsWith('%PDF-1.4\n')).toBe(true);
    expect(pdf).toContain('/Subtype /Type0 /BaseFont /STSong-Light-UniGB-UCS2-H /Encoding /UniGB-UCS2-H');
    expect(pdf).toContain('/Subtype /CIDFontType0 /BaseFont /STSong-Light');
    expect(pdf).toContain('/CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >>');
    expect(pdf).toContain('/W [1 95 500]');
    expect(pdf).not.toMatch(/FontFile/);
    // Every xref entry points at its "N 0 obj" header; startxref points at the xref table.
    const startxref = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(pdf)![1]);
    expect(pdf.slice(startxref, startxref + 5)).toBe('xref\n');
    const entries = pdf.slice(startxref).match(/^\d{10} 00000 n\r$/gm)!;
    entries.forEach((entry, i) => {
      const offset = Number(entry.slice(0, 10));
      expect(pdf.slice(offset, offset + `${i + 1} 0 obj`.length)).toBe(`${i + 1} 0 obj`);
    });
  });

  it('round-trips Chinese text through pdf-parse when cMapUrl points at the pdfjs-dist cmaps directory', async () => {
    const pages = await pageTexts(writePdf(filing));
    expect(pages).toHaveLength(2);
    expect(pages[0].split('\n')).toEqual([
      '产业技术创新战略联盟备案表',
      '一、联盟基本情况',
      '联盟总投入12.5亿元，成员单位共36家。',
      // Cells on one baseline: pdf.js inserts a whitespace item spanning the gap, so pdf-parse's
      // cellSeparator ('\t') never applies and the cells are joined by one space.
      '名称 类型 金额 备注',
      '联盟A 企业 无',
      // The rowSpan slot is empty in this row; checkbox markers became ■ / □.
      '高校 3.5万元 是否备案：■是 □否',
    ]);
    expect(pages[1]).toBe('二、附件');
  });

  it('loses all text when pdf-parse gets no cMapUrl, so extractors must pass it', async () => {
    const pages = await pageTexts(writePdf(filing), {});
    expect(pages).toEqual(['', '']);
    const fileUrl = await pageTexts(writePdf(filing), { cMapUrl: `file://${CMAP_URL}`, cMapPacked: true });
    expect(fileUrl).toEqual(['', '']);
  });

  it('lets pdf-parse getTable() recover the bordered table, colspan and rowspan slots included', async () => {
    const parser = new PDFParse({ data: new Uint8Array(writePdf(filing)), cMapUrl: CMAP_URL, cMapPacked: true });
    try {
      const result = await parser.getTable();
      expect(result.pages[0].tables).toEqual([
        [
          ['名称', '类型', '金额', '备注'],
          ['联盟A', '企业', '', '无'],
          ['高校', '3.5万元', '是否备案：■是 □否'],
        ],
      ]);
    } finally {
      await parser.destroy();
    }
  });

  it('separates numbers from their CJK unit with a space in extracted text only when splitNumberRuns is set', async () => {
    const spec: DocSpec = { blocks: [{ kind: 'paragraph', text: '联盟总投入12.5亿元，成员36家，增长8%以上。' }] };
    expect(await pageTexts(writePdf(spec))).toEqual(['联盟总投入12.5亿元，成员36家，增长8%以上。']);
    expect(await pageTexts(writePdf(spec, { splitNumberRuns: true }))).toEqual(['联盟总投入12.5 亿元，成员36 家，增长8% 以上。']);
  });

  it('writes custom checkbox glyphs', async () => {
    const spec: DocSpec = { blocks: [{ kind: 'paragraph', text: '{{cb:1}}企业 {{cb:0}}高校' }] };
    expect(await pageTexts(writePdf(spec, { checkboxGlyphs: ['√', '×'] }))).toEqual(['√企业 ×高校']);
  });

  it('wraps long paragraphs at the text width, keeping ASCII words whole', async () => {
    const sentence = '联盟围绕产业技术创新链开展合作，';
    const cjk = sentence.repeat(6);
    const cjkLines = (await pageTexts(writePdf({ blocks: [{ kind: 'paragraph', text: cjk }] })))[0].split('\n');
    // A4 minus 2 × 20 mm at 10.5 pt holds 45 full-width characters.
    expect(cjkLines.map((line) => line.length)).toEqual([45, 45, 6]);
    expect(cjkLines.join('')).toBe(cjk);

    const mixed = `${sentence.repeat(2)}Industrial Technology Innovation Alliance annual report 2024.`;
    const mixedLines = (await pageTexts(writePdf({ blocks: [{ kind: 'paragraph', text: mixed }] })))[0].split('\n');
    // ASCII is half width: 32 full-width characters leave room for "Industrial Technology" only.
    expect(mixedLines).toEqual([`${sentence.repeat(2)}Industrial Technology`, 'Innovation Alliance annual report 2024.']);
  });

  it('wraps cell text inside its cell and flows long documents and tables onto new pages', async () => {
    const rows: SpecCell[][] = [[{ text: '序号' }, { text: '单位名称' }, { text: '说明' }]];
    for (let i = 1; i <= 50; i++) {
      rows.push([{ text: String(i) }, { text: `成员单位${i}` }, { text: i === 3 ? '这是一段较长的说明文字，需要在单元格内自动换行显示。' : '无' }]);
    }
    const pages = await pageTexts(writePdf({ blocks: [{ kind: 'table', rows }] }));
    expect(pages.length).toBe(2);
    const lines = pages.join('\n').split('\n');
    expect(lines.filter((line) => /^\d+ 成员单位\d+ /.test(line))).toHaveLength(50);
    // The long cell breaks into several lines, all left-aligned in the third column.
    expect(lines.slice(3, 6)).toEqual(['3 成员单位3 这是一段较长的说明文字，需要', '在单元格内自动换行显示。', '4 成员单位4 无']);
    // The second page continues with the next row; no row is split or repeated.
    const firstOnPage2 = Number(/^(\d+) /.exec(pages[1])![1]);
    expect(pages[0]).toMatch(new RegExp(`\\n${firstOnPage2 - 1} 成员单位${firstOnPage2 - 1} 无$`));
  });

  it('puts the cells after a multi-line cell on a new line in getText()', async () => {
    const rows: SpecCell[][] = [[{ text: '甲' }, { text: '第一段\n第二段' }, { text: '丙' }], [{ text: '丁' }, { text: '戊' }, { text: '己' }]];
    expect(await pageTexts(writePdf({ blocks: [{ kind: 'table', rows }] }))).toEqual(['甲 第一段\n第二段\n丙\n丁 戊 己']);
  });

  it('keeps rows joined by a rowSpan on one page, drawing the merged cell once', async () => {
    const rows: SpecCell[][] = [];
    for (let i = 1; i <= 29; i++) rows.push([{ text: `行${i}` }, { text: '无' }]);
    // 29 rows of 23.75 pt leave less than two rows on page 1: the four-row group moves to page 2.
    rows.push([{ text: '合并单元格', rowSpan: 4 }, { text: '甲' }], [{ text: '乙' }], [{ text: '丙' }], [{ text: '丁' }]);
    const pages = await pageTexts(writePdf({ blocks: [{ kind: 'table', rows }] }));
    expect(pages).toHaveLength(2);
    expect(pages[0].endsWith('行29 无')).toBe(true);
    expect(pages[1].split('\n')).toEqual(['合并单元格 甲', '乙', '丙', '丁']);
  });

  it('starts a new page for an explicit page break but not on an empty page', async () => {
    const spec: DocSpec = {
      blocks: [{ kind: 'pageBreak' }, { kind: 'paragraph', text: '第一页' }, { kind: 'pageBreak' }, { kind: 'paragraph', text: '第二页' }],
    };
    expect(await pageTexts(writePdf(spec))).toEqual(['第一页', '第二页']);
  });

  it('makes pdf-parse throw a PasswordException for the encrypted stub', async () => {
    const parser = new PDFParse({ data: new Uint8Array(writeEncryptedPdfStub()) });
    try {
      const error = await parser.getText().then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(PasswordException);
      expect(error).toMatchObject({ name: 'PasswordException', message: 'No password given' });
    } finally {
      await parser.destroy();
    }
    expect(writeEncryptedPdfStub().toString('latin1')).toMatch(/\/Encrypt \d+ 0 R/);
    expect(writeEncryptedPdfStub().equals(writeEncryptedPdfStub())).toBe(true);
  });

  const pdftotext = '/usr/bin/pdftotext';
  const popplerGb1 = '/usr/share/poppler/cMap/Adobe-GB1';
  it.runIf(existsSync(pdftotext) && existsSync(popplerGb1))('is readable by pdftotext -layout (poppler-utils with poppler-data)', () => {
    const text = execFileSync(pdftotext, ['-layout', '-', '-'], { input: writePdf(filing) }).toString('utf8');
    expect(text).toContain('产业技术创新战略联盟备案表');
    expect(text).toMatch(/名称 +类型 +金额 +备注/);
    expect(text).toContain('\f');
  });
});
