import { describe, expect, it } from 'vitest';
import { personNames } from '../../src/corpus/people.js';
import type { Report } from '../../src/model/report.js';

const found = <T>(value: T) => ({ value, status: 'found' as const, confidence: 1, evidence: [] });
const ev = { file: 'a.docx', ref: '/blocks/0', quote: 'x' };

function report(facts: Report['facts']): Report {
  return { schemaVersion: 1, submission: { id: 's', documents: [] }, pack: null, facts, conditions: [], score: null, verdict: 'pass', flags: [], messages: [], interpretation: [] };
}

describe('personNames', () => {
  it('takes the chairman, the contact without the number, the experts with and without titles, and signers', () => {
    const names = personNames(
      report({
        chairman: found('王建国'),
        contact: found('刘敏0931-8881234'),
        expertCommittee: found('李教授、张研究员、赵高工'),
        signatureRows: found([{ name: '甲公司', signed: 'yes' as const, signer: '郭鹏', evidence: [] }]),
      }),
    );
    expect(names).toEqual(expect.arrayContaining(['王建国', '刘敏', '李教授', '张研究员', '赵高工', '郭鹏']));
    expect(names.some((n) => /\d/u.test(n))).toBe(false);
  });

  it('takes labelled values whose label names a person only when every part is a name with a common surname', () => {
    const names = personNames(
      report({
        labelledValues: found([
          { label: '联盟联系人', value: '李明', evidence: ev, confidence: 1 },
          { label: '技术专家委员会', value: '已成立', evidence: ev, confidence: 1 },
          { label: '负责人', value: '河南省新材料产业协会', evidence: ev, confidence: 1 },
          { label: '邮编', value: '730000', evidence: ev, confidence: 1 },
        ]),
      }),
    );
    expect(names).toEqual(['李明']);
  });
});
