import { describe, expect, it } from 'vitest';
import { parseMemberRecord, parseProseMemberList } from '../../src/text/member-records.js';

describe('parseMemberRecord', () => {
  it.each([
    ['1.单位名称：甲科技有限公司；单位性质：企业；统一社会信用代码：91410100MA44ABCD1F；法定代表人：张伟', { name: '甲科技有限公司', type: '企业', code: '91410100MA44ABCD1F' }],
    ['2、乙理工学院，统一社会信用代码：12410000415800000T，法定代表人：李四，住所：开封市', { name: '乙理工学院', code: '12410000415800000T' }],
    ['（3）丙研究院，法定代表人：王五，住所：郑州市', { name: '丙研究院' }],
    ['4.单位名称:丁有限公司;单位性质:企业', { name: '丁有限公司', type: '企业' }],
  ])('reads %j', (text, record) => expect(parseMemberRecord(text)).toEqual(record));

  it.each(['1.各成员单位应遵守本协议。', '（一）甲科技有限公司：负责总体协调', '甲科技有限公司，统一社会信用代码：91410100MA44ABCD1F', '2.联盟名称：河南省某产业技术创新战略联盟'])('is not a record: %j', (text) =>
    expect(parseMemberRecord(text)).toBeNull(),
  );
});

describe('parseProseMemberList', () => {
  it('reads the units named before 等N家, and N', () => {
    expect(parseProseMemberList('由甲科技有限公司、乙理工学院和丙研究院等十一家单位共同发起')).toEqual({ names: ['甲科技有限公司', '乙理工学院', '丙研究院'], declared: 11 });
  });
  it('keeps a name that holds 和 whole', () => {
    expect(parseProseMemberList('由中和科技有限公司、乙理工学院共同发起')).toEqual({ names: ['中和科技有限公司', '乙理工学院'], declared: null });
  });
  it('reads nothing from a sentence that names no units', () => {
    expect(parseProseMemberList('由理事会、专家委员会共同负责').names).toEqual([]);
  });
});

describe('parseProseMemberList outside the founding', () => {
  it('reads no member list from a sentence about other joint work', () => {
    expect(parseProseMemberList('该项目由甲科技有限公司和乙理工学院共同承担。').names).toEqual([]);
  });
});
