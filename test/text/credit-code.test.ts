import { describe, expect, it } from 'vitest';
import {
  CREDIT_CODE_CHARSET,
  creditCodeCheckChar,
  findCreditCodes,
  findOrganizationCodes,
  isOrganizationCode,
  isValidCreditCode,
  organizationCodeCheckChar,
  organizationCodeOf,
} from '../../src/text/credit-code.js';

/** Codes whose check characters were computed with the GB 32100-2015 algorithm. */
const VALID = ['91110000100017643K', '91350100M000100Y43', '91110108551385082Q', '91440300708461136T', '12100000400000624D'];

describe('creditCodeCheckChar', () => {
  it('computes the check character of known codes', () => {
    expect(creditCodeCheckChar('91110000100017643')).toBe('K');
    expect(creditCodeCheckChar('91350100M000100Y4')).toBe('3');
  });

  it("maps a remainder of 0 (check value 31) to '0'", () => {
    // 17 zeros sum to 0, so the check value is 31 - 0 = 31 → '0'
    expect(creditCodeCheckChar('00000000000000000')).toBe('0');
  });

  it('is case-insensitive and tolerates full-width input', () => {
    expect(creditCodeCheckChar('91350100m000100y4')).toBe('3');
    expect(creditCodeCheckChar('９１３５０１００Ｍ０００１００Ｙ４')).toBe('3');
  });

  it('returns null for the wrong length or characters outside the charset (I, O, S, V, Z)', () => {
    expect(creditCodeCheckChar('9111000010001764')).toBeNull();
    expect(creditCodeCheckChar('911100001000176431')).toBeNull();
    expect(creditCodeCheckChar('9111000010001764I')).toBeNull();
    expect(creditCodeCheckChar('9111000010001764O')).toBeNull();
  });

  it('always produces a character of the charset', () => {
    for (let i = 0; i < 200; i++) {
      const first = Array.from({ length: 17 }, (_, k) => CREDIT_CODE_CHARSET[(i * 7 + k * 13) % 31]).join('');
      expect(CREDIT_CODE_CHARSET).toContain(creditCodeCheckChar(first));
    }
  });
});

describe('isValidCreditCode', () => {
  it.each(VALID)('accepts the valid code %s', (code) => {
    expect(isValidCreditCode(code)).toBe(true);
  });

  it('accepts lower-case, full-width and space-padded input', () => {
    expect(isValidCreditCode('91350100m000100y43')).toBe(true);
    expect(isValidCreditCode('９１３５０１００Ｍ０００１００Ｙ４３')).toBe(true);
    expect(isValidCreditCode(' 91110000100017643K ')).toBe(true);
  });

  it('rejects wrong check characters', () => {
    expect(isValidCreditCode('91350100M000100Y44')).toBe(false);
    expect(isValidCreditCode('911100001000176430')).toBe(false);
    expect(isValidCreditCode('91110000100017643J')).toBe(false);
  });

  it('rejects wrong lengths, forbidden characters and empty input', () => {
    expect(isValidCreditCode('91110000100017643')).toBe(false);
    expect(isValidCreditCode('91110000100017643KK')).toBe(false);
    expect(isValidCreditCode('9111000010001764IK')).toBe(false);
    expect(isValidCreditCode('')).toBe(false);
  });

  it('detects a single transposed digit', () => {
    expect(isValidCreditCode('91110000010017643K')).toBe(false);
  });
});

describe('findCreditCodes', () => {
  it('finds codes in text with offsets and validity', () => {
    expect(findCreditCodes('代码：91350100M000100Y43，另91350100M000100Y44。')).toEqual([
      { code: '91350100M000100Y43', index: 3, valid: true },
      { code: '91350100M000100Y44', index: 23, valid: false },
    ]);
  });

  it('upper-cases lower-case and full-width codes and keeps original offsets', () => {
    expect(findCreditCodes('统一社会信用代码：９１３５０１００ｍ０００１００ｙ４３')).toEqual([
      { code: '91350100M000100Y43', index: 9, valid: true },
    ]);
  });

  it('ignores 18-character runs embedded in longer alphanumeric runs', () => {
    expect(findCreditCodes('X91350100M000100Y43')).toEqual([]);
    expect(findCreditCodes('91350100M000100Y431')).toEqual([]);
  });

  it('ignores tokens with characters outside the charset', () => {
    expect(findCreditCodes('91350100M000100O43')).toEqual([]);
  });

  it('returns an empty list for text without codes', () => {
    expect(findCreditCodes('')).toEqual([]);
    expect(findCreditCodes('联盟名称：河南省XX联盟')).toEqual([]);
  });
});

describe('organisation codes (GB 11714)', () => {
  it('computes check characters of known codes', () => {
    expect(organizationCodeCheckChar('10001764')).toBe('3');
    expect(organizationCodeCheckChar('M000100Y')).toBe('4');
    // only position 8 (weight 2) set to 5: sum 10 → 11 - 10 = 1
    expect(organizationCodeCheckChar('00000005')).toBe('1');
  });

  it("maps a check value of 11 (sum divisible by 11) to '0', letters valued A=10…Z=35", () => {
    expect(organizationCodeCheckChar('00000000')).toBe('0');
    // B = 11 at weight 2: sum 22 ≡ 0 (mod 11)
    expect(organizationCodeCheckChar('0000000B')).toBe('0');
  });

  it('returns null for malformed first eight characters', () => {
    expect(organizationCodeCheckChar('1000176')).toBeNull();
    expect(organizationCodeCheckChar('1000176-')).toBeNull();
  });

  it("maps a check value of 10 to 'X'", () => {
    // weights [3,7,9,10,5,8,4,2]: ones at positions 1, 2 and 8 give 3 + 7 + 2 = 12 ≡ 1 (mod 11) → 11 - 1 = 10
    expect(organizationCodeCheckChar('11000001')).toBe('X');
  });

  it('accepts valid codes with or without the dash', () => {
    expect(isOrganizationCode('10001764-3')).toBe(true);
    expect(isOrganizationCode('100017643')).toBe(true);
    expect(isOrganizationCode('m000100y-4')).toBe(true);
    expect(isOrganizationCode('11000001-X')).toBe(true);
    expect(isOrganizationCode('11000001-x')).toBe(true);
  });

  it('rejects wrong check characters and malformed codes', () => {
    expect(isOrganizationCode('10001764-4')).toBe(false);
    expect(isOrganizationCode('1000176-43')).toBe(false);
    expect(isOrganizationCode('10001764')).toBe(false);
    expect(isOrganizationCode('')).toBe(false);
  });

  it('extracts the organisation code embedded in a credit code, which validates', () => {
    expect(organizationCodeOf('91110000100017643K')).toBe('10001764-3');
    expect(isOrganizationCode(organizationCodeOf('91350100M000100Y43') ?? '')).toBe(true);
    expect(organizationCodeOf('9111')).toBeNull();
  });
});

describe('findOrganizationCodes', () => {
  const first8 = '41580000';
  const good = `${first8}-${organizationCodeCheckChar(first8)}`;
  it('finds a hyphenated organisation code and checks it', () => {
    expect(findOrganizationCodes(`组织机构代码：${good}`)).toEqual([{ code: good, index: 7, valid: true }]);
  });
  it('finds a bare 9-character code standing alone', () => {
    expect(findOrganizationCodes(good.replace('-', ''))[0]?.code).toBe(good);
  });
  it('never takes the middle or start of an 18-character credit code', () => {
    expect(findOrganizationCodes('91410100MA44ABCD1F')).toEqual([]);
  });
});
