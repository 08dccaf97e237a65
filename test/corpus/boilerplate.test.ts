import { describe, expect, it } from 'vitest';
import { boilerplate, type Paragraph } from '../../src/corpus/boilerplate.js';

const TEMPLATE = '第二条 联盟遵循平等自愿、优势互补、利益共享、风险共担的原则。';
const OUTLINE = '第五条 联盟设立理事会、专家委员会和秘书处，秘书处负责日常事务。';
const SHORT = '第十章 附则';

/** Paragraphs of `submissions` agreements: the template clause in `withTemplate` of them, the outline clause in `withOutline`, a short heading and an own clause in all. */
function corpus(submissions: number, withTemplate: number, withOutline: number): Paragraph[] {
  const out: Paragraph[] = [];
  for (let i = 0; i < submissions; i++) {
    const submission = `s${String(i).padStart(2, '0')}`;
    const doc = '联盟协议书.docx';
    out.push({ submission, doc, text: SHORT });
    if (i < withTemplate) out.push({ submission, doc, text: TEMPLATE });
    if (i < withOutline) out.push({ submission, doc, text: OUTLINE });
    out.push({ submission, doc, text: `第三条 联盟的技术创新目标是突破第${i}号关键共性技术并形成相应的产业标准。` });
  }
  return out;
}

describe('boilerplate', () => {
  it('finds paragraphs repeated across submissions, counted once per submission, the most repeated first', () => {
    const paragraphs = corpus(20, 12, 4);
    // A submission repeating the clause (in its charter too) still counts once.
    paragraphs.push({ submission: 's00', doc: '联盟章程.docx', text: TEMPLATE });
    const found = boilerplate(paragraphs);
    expect(found.map((p) => [p.text, p.submissions, p.share])).toEqual([
      [TEMPLATE, 12, 0.6],
      [OUTLINE, 4, 0.2],
    ]);
    expect(found[0].normalized).toBe('第二条联盟遵循平等自愿优势互补利益共享风险共担的原则');
    expect(found[0].examples).toEqual([
      { submission: 's00', doc: '联盟协议书.docx' },
      { submission: 's01', doc: '联盟协议书.docx' },
      { submission: 's02', doc: '联盟协议书.docx' },
    ]);
  });

  it('ignores paragraphs shorter than minChars, however often they repeat', () => {
    const found = boilerplate(corpus(20, 12, 4));
    expect(found.some((p) => p.text === SHORT)).toBe(false);
    expect(boilerplate(corpus(20, 12, 4), { minChars: 4 })[0]).toMatchObject({ text: SHORT, submissions: 20, share: 1 });
  });

  it('matches paragraphs on normalised text: spacing, width and punctuation do not matter', () => {
    const paragraphs: Paragraph[] = [
      { submission: 'a', doc: 'x.pdf', text: '第八条 联盟经费由成员单位共同筹集，实行预算管理、专款专用。' },
      { submission: 'b', doc: 'y.docx', text: '第八条　联盟经费由成员单位共同筹集,实行预算管理 专款专用.' },
      { submission: 'c', doc: 'z.pdf', text: ' 第八条联盟经费由成员单位\n共同筹集，实行预算管理、专款专用 ' },
    ];
    expect(boilerplate(paragraphs).map((p) => p.submissions)).toEqual([3]);
  });

  it('needs both minSubmissions submissions and minShare of all submissions', () => {
    // 3 of 100 submissions: enough submissions, too small a share (0.03 < 0.05).
    expect(boilerplate(corpus(100, 3, 0))).toEqual([]);
    expect(boilerplate(corpus(100, 3, 0), { minShare: 0.03 }).map((p) => p.submissions)).toEqual([3]);
    // 2 of 10 submissions: a large enough share, too few submissions.
    expect(boilerplate(corpus(10, 2, 0))).toEqual([]);
    expect(boilerplate(corpus(10, 2, 0), { minSubmissions: 2 }).map((p) => p.share)).toEqual([0.2]);
  });

  it('counts every submission given in the share, also those whose paragraphs are all too short', () => {
    const paragraphs = corpus(4, 4, 0);
    for (let i = 0; i < 4; i++) paragraphs.push({ submission: `short-${i}`, doc: 'a.docx', text: SHORT });
    expect(boilerplate(paragraphs)).toMatchObject([{ text: TEMPLATE, submissions: 4, share: 0.5 }]);
  });

  it('reads the paragraphs a second time for the texts of the repeated ones: a one-pass iterable is refused', () => {
    const paragraphs = corpus(20, 12, 4);
    const onePass = (function* () {
      yield* paragraphs;
    })();
    expect(() => boilerplate(onePass)).toThrow(`Expected ${paragraphs.length} paragraphs on the second reading, got 0`);
  });
});
