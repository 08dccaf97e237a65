import { describe, expect, it } from 'vitest';
import { found } from '../../src/model/fact.js';
import type { Member } from '../../src/model/member.js';
import { reconcileMembers } from '../../src/pipeline/reconcile-members.js';

const ev = (file = '可研.docx') => [{ file, ref: '/blocks/1', quote: 'x' }];
const m = (name: string, extra: Partial<Member> = {}, file = '可研.docx'): Member => ({ name, type: 'enterprise', evidence: ev(file), ...extra });

describe('reconcileMembers', () => {
  it('names a unit once across documents, taking its code from whichever states it', () => {
    const r = reconcileMembers([found([m('甲科技有限公司'), m('乙理工学院', { type: 'university' })], ev()), found([m('甲科技有限责任公司', { creditCode: '91410100MA44ABCD1F' })], ev('协议书.pdf'))]);
    expect(r?.value?.map((x) => [x.name, x.creditCode ?? null])).toEqual([
      ['甲科技有限公司', '91410100MA44ABCD1F'],
      ['乙理工学院', null],
    ]);
  });

  it('ties OCR readings to the units born-digital lists name, and keeps unmatched readings as conflicts, not members', () => {
    const r = reconcileMembers([found([m('濮阳龙乡储氢装备有限公司'), m('郑州能源科技大学')], ev()), found([m('濮阳龙乡储氧装备有限公司', { confidence: 0.7 }, '扫描件.pdf'), m('次上旦工学院', { confidence: 0.4 }, '扫描件.pdf')], ev())]);
    expect(r?.value?.map((x) => x.name)).toEqual(['濮阳龙乡储氢装备有限公司', '郑州能源科技大学']);
    expect(r?.conflicts?.map((c) => c.value[0].name)).toEqual(['次上旦工学院']);
  });

  it('takes OCR readings as the list when nothing born-digital lists members', () => {
    const r = reconcileMembers([found([m('甲科技有限公司', { confidence: 0.9 }), m('乙理工学院', { confidence: 0.8 })], ev())]);
    expect(r?.value?.map((x) => x.name)).toEqual(['甲科技有限公司', '乙理工学院']);
  });

  it('keeps a code that disagrees with the one already taken as a conflict', () => {
    const r = reconcileMembers([found([m('甲科技有限公司', { creditCode: '91410100MA44ABCD1F' })], ev()), found([m('甲科技有限公司', { creditCode: '91410100MA44ABCD2X' })], ev())]);
    expect(r?.value?.[0].creditCode).toBe('91410100MA44ABCD1F');
    expect(r?.conflicts?.[0].value[0].creditCode).toBe('91410100MA44ABCD2X');
  });
});
