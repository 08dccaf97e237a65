import { describe, expect, it } from 'vitest';
import { readClauseFacts } from '../../../extractors/documents/clause-facts.js';
import { docOf, para } from '../build-doc.js';

const read = (...texts: string[]) => readClauseFacts(docOf(...texts.map((t) => para(t))));

describe('readClauseFacts', () => {
  it('takes a fund clause that sets rules as fund rules', () => {
    expect(read('第八条 联盟经费由依托单位设立专账管理，专款专用。').hasFundRules?.value).toBe(true);
  });

  it.each([
    '联盟经费管理办法由理事会另行制定。',
    '联盟不设立共同经费，各方费用自理。',
  ])('reads a fund clause that is put off or denied as no fund rules: %j', (text) => {
    const fact = read(text).hasFundRules;
    expect(fact?.status).toBe('found');
    expect(fact?.value).toBe(false);
  });

  it('does not take a body\'s duties over the budget for fund rules', () => {
    expect(read('理事会负责审议联盟发展规划、年度工作计划、经费预算和管理制度。').hasFundRules?.status).toBe('absent');
  });

  it('does not take IP terms "to be negotiated" for ownership agreed in advance', () => {
    const ip = read('联盟合作中涉及的知识产权归属，由相关各方在具体合作中另行协商确定。').ipClauses;
    expect(ip?.value?.ownership ?? false).toBe(false);
  });

  it('reads an office staffed only by part-timers as 0 full-time staff', () => {
    const facts = read('联盟办公室设在甲公司，工作人员均由成员单位人员兼职担任。');
    expect(facts.fullTimeStaff?.value).toBe(0);
    expect(facts.fullTimeStaffMentioned?.value).toBe(false);
  });

  it('reads the number of full-time staff', () => {
    expect(read('秘书处配备专职工作人员3名。').fullTimeStaff?.value).toBe(3);
  });

  it('takes a clause on an OCR line as reliable as its matched words, not the weakest glyph of the line', () => {
    const doc = docOf(para('第六条”联盟的技术创新目标是:到2021年底,', { confidence: 0 }));
    (doc.blocks[0] as { weak?: [number, number, number][]; sound?: number }).weak = [[16, 20, 0]];
    (doc.blocks[0] as { sound?: number }).sound = 0.93;
    expect(readClauseFacts(doc).hasGoals?.confidence).toBe(0.93);
  });
});
