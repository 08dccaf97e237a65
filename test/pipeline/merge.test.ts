import { describe, expect, it } from 'vitest';
import { absent, found, unreadable } from '../../src/model/fact.js';
import type { DocumentRecord } from '../../src/model/record.js';
import type { Facts } from '../../src/model/facts.js';
import { markIncomplete, mergeRecords } from '../../src/pipeline/merge.js';

const ev = (file: string) => [{ file, ref: '/blocks/0', quote: file }];
const rec = (kind: DocumentRecord['kind'], facts: DocumentRecord['facts']): DocumentRecord => ({ file: `${kind}.docx`, kind, facts });

describe('mergeRecords', () => {
  it('takes a field from the form first and keeps a disagreeing document as a conflict', () => {
    const facts = mergeRecords([rec('recommendation-form', { memberCountDeclared: found(11, ev('推荐表')) }), rec('proposal', { memberCountDeclared: found(12, ev('建议书')) })]);
    expect(facts.memberCountDeclared?.value).toBe(12);
    expect(facts.memberCountDeclared?.conflicts).toEqual([{ value: 11, evidence: ev('推荐表') }]);
  });

  it('lets any document that has a fund clause settle hasFundRules', () => {
    const facts = mergeRecords([rec('proposal', { hasFundRules: absent(ev('建议书')) }), rec('charter', { hasFundRules: found(true, ev('章程')) })]);
    expect(facts.hasFundRules).toMatchObject({ value: true, status: 'found', evidence: ev('章程') });
  });

  it('joins platform names from all documents without repeating them, and counts them', () => {
    const facts = mergeRecords([rec('proposal', { provincialPlatforms: found(['A中心', 'B实验室'], [...ev('建议书'), ...ev('建议书')]) }), rec('feasibility-report', { provincialPlatforms: found(['B实验室', 'C中心'], [...ev('报告'), ...ev('报告')]) })]);
    expect(facts.provincialPlatforms?.value).toEqual(['A中心', 'B实验室', 'C中心']);
    expect(facts.provincialPlatformCount?.value).toBe(3);
  });

  it('prefers an unreadable reading over an absent one when nothing was found', () => {
    const facts = mergeRecords([rec('agreement', { hasGoals: unreadable(ev('协议')) }), rec('feasibility-report', { hasGoals: absent(ev('报告')) })]);
    expect(facts.hasGoals?.status).toBe('unreadable');
  });
});

describe('markIncomplete', () => {
  it('turns absent and missing facts unreadable when a file of the submission was not read, naming that file', () => {
    const facts = markIncomplete({ leadUnit: found('甲公司', ev('建议书')), members: absent(ev('协议')) }, ['协议书.docx']);
    expect(facts.leadUnit?.status).toBe('found');
    expect(facts.members).toMatchObject({ status: 'unreadable', evidence: [{ file: '协议书.docx' }] });
    expect(facts.fullTimeStaff?.status).toBe('unreadable');
  });

  it('states the unread files once per fact, however many there are (they are listed in the report’s documents)', () => {
    const unread = Array.from({ length: 3000 }, (_, i) => `junk-${i}.bin`);
    const facts = markIncomplete({}, unread);
    expect(facts.members?.evidence).toEqual([{ file: 'junk-0.bin', ref: '/submission/documents', quote: '（本文件及另外 2999 个文件无法读取，见文件清单）' }]);
  });

  it('changes nothing when every file was read', () => {
    const facts: Facts = { members: absent(ev('协议')) };
    expect(markIncomplete(facts, [])).toBe(facts);
  });
});
