import { describe, expect, it } from 'vitest';
import type { Doc } from '../../src/model/document.js';
import { classify } from '../../src/pipeline/classify.js';

function doc(file: string, ...lines: string[]): Doc {
  return {
    id: 'x',
    origin: { file, format: 'docx' },
    quality: { textLayer: 'good' },
    blocks: lines.map((text, i) => ({ type: 'paragraph' as const, ref: `/blocks/${i}`, text })),
    messages: [],
  };
}

describe('classify', () => {
  it.each([
    ['河南省产业技术创新战略联盟构建建议书', 'proposal'],
    ['XX联盟构建可行性研究报告', 'feasibility-report'],
    ['2020年度河南省产业技术创新战略联盟推荐表', 'recommendation-form'],
    ['甘肃省产业技术创新联盟组建申请表', 'application-form'],
    ['XX产业技术创新战略联盟协议书', 'agreement'],
    ['XX联盟章程', 'charter'],
    ['甘肃省企业技术中心自评表', 'self-evaluation'],
    ['XX联盟2021年度工作总结', 'annual-summary'],
    ['关于组建甘肃省XX产业技术创新联盟的申请报告', 'application-form'],
    ['2022年省级企业技术中心申报材料', 'application-form'],
    ['XX联盟运行情况自查报告', 'self-evaluation'],
    ['XX有限公司2021年度审计报告', 'supporting-evidence'],
  ])('takes the kind from the title "%s"', (title, kind) => {
    const c = classify(doc('附件.docx', title, '正文'));
    expect(c.kind).toBe(kind);
    expect(c.reason).toMatch(/标题/u);
  });

  it('falls back to the file name when the title says nothing', () => {
    expect(classify(doc('联盟章程.docx', '第一章 总则', '第一条 本联盟……'))).toMatchObject({ kind: 'charter', reason: expect.stringMatching(/文件名/u) });
  });

  it('falls back to the character-bigram classifier on the body, with a lower confidence', () => {
    const c = classify(doc('附件5.docx', '甲方、乙方、丙方经友好协商，达成如下协议：', '一、违约责任', '本协议自签字盖章之日起生效，法定代表人签字。'));
    expect(c.kind).toBe('agreement');
    expect(c.confidence).toBeLessThanOrEqual(0.75);
    expect(c.reason).toMatch(/二元组/u);
  });

  it('says unknown for a document with almost no text', () => {
    expect(classify(doc('scan.pdf', '　'))).toMatchObject({ kind: 'unknown', confidence: 0 });
  });
});
