import { describe, expect, it } from 'vitest';
import { documentMembers, readMemberLists } from '../../../extractors/facts/members.js';
import { docOf, para, table } from '../build-doc.js';

const names = (doc: ReturnType<typeof docOf>) => readMemberLists(doc).map((l) => [l.source, l.members.map((m) => [m.name, m.creditCode ?? null, m.type])]);

describe('readMemberLists', () => {
  it('reads a member table by its column roles: code, type and name wherever they stand', () => {
    const doc = docOf(
      table([
        ['序号', '统一社会信用代码（组织机构代码）', '单位类型', '成员单位名称', '研发平台'],
        ['1', '91410100MA44ABCD1F', '企业', '甲科技有限公司', '河南省甲工程技术研究中心'],
        ['2', '12410000415800000T', '高校', '乙理工学院', '—'],
      ]),
    );
    expect(names(doc)).toEqual([['table', [['甲科技有限公司', '91410100MA44ABCD1F', 'enterprise'], ['乙理工学院', '12410000415800000T', 'university']]]]);
  });

  it('takes the code from a second line of the name cell (统一社会信用代码：…)', () => {
    const doc = docOf(table([['序号', '成员单位名称及法人代码', '地位'], ['1', '甲科技有限公司\n统一社会信用代码：91410100MA44ABCD1F', '理事长单位'], ['2', '乙研究院（12410000415800000T）', '理事单位']]));
    expect(names(doc)).toEqual([['table', [['甲科技有限公司', '91410100MA44ABCD1F', 'enterprise'], ['乙研究院', '12410000415800000T', 'institute']]]]);
  });

  it('takes a 9-character organisation code from a code column when no credit code is stated', () => {
    const doc = docOf(table([['序号', '单位名称', '组织机构代码'], ['1', '甲科技有限公司', '41580000-1'], ['2', '乙理工学院', '12345678-5']]));
    expect(readMemberLists(doc)[0].members.map((m) => m.creditCode)).toEqual(['41580000-1', '12345678-5']);
  });

  it('does not take a signature table or a list of people for a member list', () => {
    const doc = docOf(
      table([['成员单位（盖章）', '法定代表人（签字）', '日期'], ['甲科技有限公司', '张伟', '2020年8月1日']]),
      table([['姓名', '所在单位', '职称'], ['张伟', '甲科技有限公司', '教授']]),
    );
    expect(readMemberLists(doc)).toEqual([]);
  });

  it('reads numbered member records, labelled or not, with type and code', () => {
    const doc = docOf(
      para('1.单位名称：甲科技有限公司；单位性质：企业；统一社会信用代码：91410100MA44ABCD1F；法定代表人：张伟；住所：郑州市。'),
      para('2.乙理工学院，统一社会信用代码：12410000415800000T，法定代表人：李四，住所：开封市。'),
      para('3.各方应当遵守本协议。'),
    );
    expect(names(doc)).toEqual([['records', [['甲科技有限公司', '91410100MA44ABCD1F', 'enterprise'], ['乙理工学院', '12410000415800000T', 'university']]]]);
  });

  it('reads party lines with the code on the next line', () => {
    const doc = docOf(para('甲方：甲科技有限公司'), para('统一社会信用代码：91410100MA44ABCD1F'), para('乙方：乙理工学院'), para('地址：开封市'));
    expect(names(doc)).toEqual([['parties', [['甲科技有限公司', '91410100MA44ABCD1F', 'enterprise'], ['乙理工学院', null, 'university']]]]);
  });

  it('marks a founders\' sentence that names only some of the members it counts ("等十一家") as partial', () => {
    const [list] = readMemberLists(docOf(para('本协议由甲科技有限公司、乙理工学院等十一家单位共同订立。')));
    expect(list.partial).toBe(true);
  });

  it('reads the founders a sentence names ("由A、B和C等三家单位共同发起")', () => {
    const doc = docOf(para('本联盟由甲科技有限公司、乙理工学院和丙研究院等三家单位共同发起成立。'));
    expect(names(doc)).toEqual([['prose', [['甲科技有限公司', null, 'enterprise'], ['乙理工学院', null, 'university'], ['丙研究院', null, 'institute']]]]);
  });
});

describe('documentMembers', () => {
  it('names a unit listed in two lists once, with the code either gives; a unit twice in one list stays twice', () => {
    const doc = docOf(
      table([['序号', '单位名称'], ['1', '甲科技有限公司'], ['2', '乙理工学院'], ['3', '乙理工学院']]),
      para('1.甲科技有限责任公司，统一社会信用代码：91410100MA44ABCD1F。'),
      para('2.乙理工学院，统一社会信用代码：12410000415800000T。'),
    );
    const members = documentMembers(readMemberLists(doc));
    expect(members.map((m) => [m.name, m.creditCode ?? null])).toEqual([
      ['甲科技有限公司', '91410100MA44ABCD1F'],
      ['乙理工学院', '12410000415800000T'],
      ['乙理工学院', null],
    ]);
  });
});
