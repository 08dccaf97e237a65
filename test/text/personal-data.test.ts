import { describe, expect, it } from 'vitest';
import { findPersonalData, isLikelyPersonName, isResidentId, type PersonalKind } from '../../src/text/personal-data.js';

/** A resident ID with a correct check digit (GB 11643: 11010519491231002X). */
const ID = '11010519491231002X';

interface Case {
  name: string;
  text: string;
  /** The pieces found, as kind:value. */
  found: `${PersonalKind}:${string}`[];
}

const CASES: Case[] = [
  { name: 'a mobile number', text: '联系电话：13812345678。', found: ['phone:13812345678'] },
  { name: 'a mobile number with +86', text: '手机 +86 13912345678', found: ['phone:+86 13912345678'] },
  { name: 'a landline with its area code', text: '电话0371-65990001', found: ['phone:0371-65990001'] },
  { name: 'a landline in brackets with an extension', text: '(0931)8881234-802', found: ['phone:(0931)8881234-802'] },
  { name: 'a name written after 联系人 and a number in full-width digits', text: '联系人：刘敏　０９３１－８８８１２３４', found: ['person:刘敏', 'phone:０９３１－８８８１２３４'] },
  { name: 'an e-mail address', text: '邮箱：li.ming@example.com.cn', found: ['email:li.ming@example.com.cn'] },
  { name: 'a resident ID with its check digit', text: `身份证号${ID}`, found: [`id:${ID}`] },
  { name: 'a name after 法定代表人（签字）', text: '法定代表人（签字）：王建国', found: ['person:王建国'] },
  { name: 'no credit code is an ID or a phone, even one shaped like an ID that passes both check characters', text: '统一社会信用代码 91410100MA44K7XU2A、12410119000101036X', found: [] },
  { name: 'no ID with a wrong check digit', text: '110105194912310021', found: [] },
  { name: 'no amount, year or count is a phone', text: '2020年投入研发经费13800万元，共1234567项', found: [] },
  { name: 'no office written after a person label', text: '联系人：秘书处', found: [] },
];

describe('findPersonalData', () => {
  for (const c of CASES) {
    it(c.name, () => {
      expect(findPersonalData(c.text).map((m) => `${m.kind}:${m.value}`)).toEqual(c.found);
    });
  }

  it('gives offsets into the text as given (full-width characters included)', () => {
    const text = '电话：０３７１－６５９９０００１';
    const [m] = findPersonalData(text);
    expect(text.slice(m.start, m.end)).toBe('０３７１－６５９９０００１');
  });
});

describe('isResidentId and isLikelyPersonName', () => {
  it('checks the ID check digit (ISO 7064 MOD 11-2)', () => {
    expect(isResidentId(ID)).toBe(true);
    expect(isResidentId(ID.replace('X', '1'))).toBe(false);
  });

  it('takes a common surname with one to four characters for a name, and not words, units or offices', () => {
    for (const name of ['王芳', '欧阳明华', '李强']) expect(isLikelyPersonName(name), name).toBe(true);
    for (const word of ['新材料', '已成立', '郑州大学', '秘书处', '王']) expect(isLikelyPersonName(word), word).toBe(false);
    expect(isLikelyPersonName('新材料', true)).toBe(true);
  });
});
