import { describe, expect, it } from 'vitest';
import { codesRead, readCreditCodes } from '../../../extractors/facts/credit-codes.js';
import type { Block, Reading } from '../../../src/model/document.js';
import { creditCodeCheckChar, findOrganizationCodes, isValidCreditCode } from '../../../src/text/credit-code.js';
import { docOf, table } from '../build-doc.js';

const withCheck = (first17: string) => `${first17}${creditCodeCheckChar(first17)}`;
/** A valid code, and the same code with one digit misread (its check character then fails). */
const VALID = withCheck('91620100MA7123456');
const MISREAD = VALID.replace('1234', '1284');
const OTHER = withCheck('91620102MA72AB3C4');
const THIRD = withCheck('12620000438000123');

const readings = (ppOcr: string, ppConfidence: number, tesseract: string, tesseractConfidence: number): Reading[] => [
  { engine: 'pp-ocr', text: ppOcr, confidence: ppConfidence },
  { engine: 'tesseract', text: tesseract, confidence: tesseractConfidence },
];

describe('test codes', () => {
  it('are valid, and the misread one is not', () => {
    expect([VALID, OTHER, THIRD].map(isValidCreditCode)).toEqual([true, true, true]);
    expect(MISREAD).not.toBe(VALID);
    expect(isValidCreditCode(MISREAD)).toBe(false);
  });
});

describe('codesRead', () => {
  it('takes a code valid in another reading instead of the invalid one of the text, at that reading’s confidence', () => {
    const out = codesRead({ text: MISREAD, confidence: 0.81, readings: readings(MISREAD, 0.81, VALID, 0.72) });
    expect(out).toEqual([{ m: { code: VALID, index: 0, valid: true }, confidence: 0.72 }]);
  });

  it('keeps a valid code of the text even when another reading holds a different one', () => {
    const out = codesRead({ text: VALID, confidence: 0.9, readings: readings(VALID, 0.9, OTHER, 0.7) });
    expect(out).toEqual([{ m: { code: VALID, index: 0, valid: true }, confidence: 0.9 }]);
  });

  it('keeps an invalid code when no reading has a valid one', () => {
    const out = codesRead({ text: MISREAD, confidence: 0.81, readings: readings(MISREAD, 0.81, `${VALID.slice(0, 17)}`, 0.5) });
    expect(out).toEqual([{ m: { code: MISREAD, index: 0, valid: false }, confidence: 0.81 }]);
  });

  it('keeps another reading’s invalid code, at the lower confidence, when the text lost a character of it', () => {
    const out = codesRead({ text: MISREAD.slice(0, 17), confidence: 0.97, readings: readings(MISREAD.slice(0, 17), 0.97, MISREAD, 0.22) });
    expect(out).toEqual([{ m: { code: MISREAD, index: 0, valid: false }, confidence: 0.22 }]);
  });

  it('takes a code from a reading when the text holds none', () => {
    const out = codesRead({ text: `代码：${VALID.slice(0, 16)}`, confidence: 0.5, readings: readings(`代码：${VALID.slice(0, 16)}`, 0.5, `代码：${VALID}`, 0.66) });
    expect(out).toEqual([{ m: { code: VALID, index: 3, valid: true }, confidence: 0.66 }]);
  });

  it('reads a text without readings as it is', () => {
    expect(codesRead({ text: MISREAD, confidence: 0.81 })).toEqual([{ m: { code: MISREAD, index: 0, valid: false }, confidence: 0.81 }]);
  });

  it('keeps organisation codes next to the replacement', () => {
    const text = `${MISREAD} 43800012-3`;
    const org = findOrganizationCodes(text);
    expect(org).toHaveLength(1);
    const out = codesRead({ text, confidence: 0.8, readings: readings(text, 0.8, `${VALID} 43800012-3`, 0.75) }, org);
    expect(out.map(({ m, confidence }) => [m.code, confidence])).toEqual([
      [org[0].code, 0.8],
      [VALID, 0.75],
    ]);
  });
});

describe('readCreditCodes with two OCR readings', () => {
  const doc = () =>
    docOf(
      table(
        [
          ['序号', '成员单位名称', '统一社会信用代码'],
          ['1', '甘肃某氢能科技有限公司', { text: MISREAD, confidence: 0.81, bbox: [600, 200, 900, 240], readings: readings(MISREAD, 0.81, VALID, 0.72) }],
          ['2', '兰州某大学', { text: THIRD, confidence: 0.9, bbox: [600, 240, 900, 280], readings: readings(THIRD, 0.9, OTHER, 0.7) }],
          ['3', '甘肃某研究院', { text: OTHER, confidence: 0.95, bbox: [600, 280, 900, 320] }],
        ],
        { page: 1 },
      ),
    );

  it('takes the valid code of the other reading, at its confidence, quoting the cell and carrying both readings', () => {
    const fact = readCreditCodes(doc());
    expect(fact.status).toBe('found');
    const first = fact.value![0];
    expect(first.code).toBe(VALID);
    expect(first.valid).toBe(true);
    expect(first.confidence).toBe(0.72);
    expect(first.evidence).toMatchObject({ ref: '/blocks/0/rows/1/cells/2', page: 1, quote: MISREAD, bbox: [600, 200, 900, 240] });
    expect(first.evidence.readings).toEqual(readings(MISREAD, 0.81, VALID, 0.72));
  });

  it('keeps the valid code of the text when a reading differs', () => {
    const second = readCreditCodes(doc()).value![1];
    expect(second).toMatchObject({ code: THIRD, valid: true, confidence: 0.9 });
    expect(second.evidence.readings).toEqual(readings(THIRD, 0.9, OTHER, 0.7));
  });

  it('gives no readings to evidence of a cell read once', () => {
    const codes = readCreditCodes(doc()).value!;
    expect(codes.map((c) => c.code)).toEqual([VALID, THIRD, OTHER]);
    expect(codes[2].confidence).toBe(0.95);
    expect(codes[2].evidence).not.toHaveProperty('readings');
  });

  it('reads a paragraph’s readings too', () => {
    const paragraph = (index: number): Block => ({
      type: 'paragraph',
      ref: `/blocks/${index}`,
      page: 1,
      text: `统一社会信用代码：${MISREAD}`,
      confidence: 0.8,
      readings: readings(`统一社会信用代码：${MISREAD}`, 0.8, `统一社会信用代码：${VALID}`, 0.64),
    });
    const [mention] = readCreditCodes(docOf(paragraph)).value!;
    expect(mention).toMatchObject({ code: VALID, valid: true, confidence: 0.64 });
    expect(mention.evidence.readings?.map((r) => r.engine)).toEqual(['pp-ocr', 'tesseract']);
  });
});
