import { describe, expect, it } from 'vitest';
import { parseParty, parsePartyLine } from '../../src/text/organizations.js';

describe('parseParty', () => {
  it.each([
    ['甲方：甲科技有限公司', { alias: '甲方', name: '甲科技有限公司' }],
    ['乙方（联盟成员）：乙理工学院，统一社会信用代码：12410000415800000T', { alias: '乙方', name: '乙理工学院' }],
    ['第十一方：武汉长江先进材料有限公司', { alias: '第十一方', name: '武汉长江先进材料有限公司' }],
  ])('reads %j', (line, party) => expect(parseParty(line)).toEqual(party));

  it.each(['甲方（盖章）：', '联盟名称：某联盟', '甲方负责总体协调。'])('reads no party from %j', (line) => expect(parsePartyLine(line)).toBeNull());
});
