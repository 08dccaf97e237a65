import { describe, expect, it } from 'vitest';
import { locateEvidence } from '../../src/pipeline/locate-evidence.js';
import { docOf, para, table } from '../extractors/build-doc.js';

const doc = docOf(para('联盟协议书'), table([['单位名称', '河南中原新材料科技股份有限公司']]));

describe('locateEvidence', () => {
  it('gives evidence wherever it sits in a report the location of its file’s Doc', () => {
    const report = { facts: { leadUnit: { evidence: [{ file: '协议书.docx', ref: '/blocks/1/rows/0/cells/1', quote: '河南中原新材料科技股份有限公司' }] } }, conditions: [{ evidence: [{ file: '协议书.docx', ref: '/blocks/0', quote: '联盟协议书' }] }] };
    locateEvidence(report, new Map([['协议书.docx', doc]]));
    expect(report.facts.leadUnit.evidence[0]).toMatchObject({ location: '表1 第1行「单位名称」栏' });
    expect(report.conditions[0].evidence[0]).toMatchObject({ location: '第1段' });
  });
  it('gives evidence on a scanned signature row the image of that row', () => {
    const scan = docOf(table([['兰州理工大学', '王建国']], { page: 1 }));
    const image = 'data:image/jpeg;base64,/9j/4AAQ';
    (scan.blocks[0] as { rows: { image?: string }[] }).rows[0].image = image;
    const report = { evidence: [{ file: '协议书.pdf', ref: '/blocks/0/rows/0/cells/1', quote: '王建国', page: 1 }] };
    locateEvidence(report, new Map([['协议书.pdf', scan]]));
    expect(report.evidence[0]).toMatchObject({ image, location: '第1页 表1 第1行「兰州理工大学」栏' });
  });

  it('names the report’s list of documents for evidence about files that could not be read, and leaves others alone', () => {
    const report = { evidence: [{ file: '坏.pdf', ref: '/submission/documents', quote: '（文件无法读取）' }, { file: '坏.pdf', ref: '/blocks/0', quote: 'x' }] };
    locateEvidence(report, new Map());
    expect(report.evidence[0]).toMatchObject({ location: '文件清单' });
    expect(report.evidence[1]).not.toHaveProperty('location');
  });
});
