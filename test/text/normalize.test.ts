import { describe, expect, it } from 'vitest';
import {
  collapseSpaces,
  isCjk,
  isCjkPunctuation,
  normalizeText,
  repairCjkSpacing,
  toHalfWidth,
} from '../../src/text/normalize.js';

describe('toHalfWidth', () => {
  it('converts full-width digits, letters and ASCII punctuation', () => {
    expect(toHalfWidth('０１２３４５６７８９')).toBe('0123456789');
    expect(toHalfWidth('ＡＢＣｘｙｚ')).toBe('ABCxyz');
    expect(toHalfWidth('１２．５％')).toBe('12.5%');
  });

  it('converts full-width comma, colon, semicolon and parentheses (they are in U+FF01–U+FF5E)', () => {
    expect(toHalfWidth('，：；（）！？')).toBe(',:;()!?');
  });

  it('converts the ideographic space U+3000 to an ASCII space', () => {
    expect(toHalfWidth('联盟\u3000名称')).toBe('联盟 名称');
  });

  it('keeps Chinese punctuation outside the full-width block (、。《》“”)', () => {
    expect(toHalfWidth('甲、乙。《章程》“引号”')).toBe('甲、乙。《章程》“引号”');
  });

  it('keeps the string length so offsets stay valid', () => {
    const s = '注册资金：１２００万元（人民币）\u3000';
    expect(toHalfWidth(s)).toHaveLength(s.length);
  });

  it('leaves half-width text and the empty string unchanged', () => {
    expect(toHalfWidth('abc 123')).toBe('abc 123');
    expect(toHalfWidth('')).toBe('');
  });
});

describe('collapseSpaces', () => {
  it('collapses runs of spaces, tabs, newlines, NBSP and U+3000 into one space and trims', () => {
    expect(collapseSpaces('  a \t\n b\u00A0\u00A0c\u3000\u3000d  ')).toBe('a b c d');
  });

  it('returns an empty string for whitespace-only input', () => {
    expect(collapseSpaces(' \n\t\u3000')).toBe('');
  });
});

describe('isCjk / isCjkPunctuation', () => {
  it('recognises ideographs of the basic block, Extension A and Extension B', () => {
    expect(isCjk('联')).toBe(true);
    expect(isCjk('\u3400')).toBe(true);
    expect(isCjk('𠀀')).toBe(true);
  });

  it('rejects Latin, digits, punctuation and the empty string as ideographs', () => {
    expect(isCjk('a')).toBe(false);
    expect(isCjk('1')).toBe(false);
    expect(isCjk('，')).toBe(false);
    expect(isCjk('')).toBe(false);
  });

  it('classifies CJK symbols and full-width forms as CJK punctuation', () => {
    expect(isCjkPunctuation('、')).toBe(true);
    expect(isCjkPunctuation('。')).toBe(true);
    expect(isCjkPunctuation('：')).toBe(true);
    expect(isCjkPunctuation('联')).toBe(false);
    expect(isCjkPunctuation(':')).toBe(false);
  });
});

describe('repairCjkSpacing', () => {
  it('removes spaces between digits and CJK units', () => {
    expect(repairCjkSpacing('12.5 亿元')).toBe('12.5亿元');
    expect(repairCjkSpacing('2020 年 9 月 21 日')).toBe('2020年9月21日');
  });

  it('removes spaces between CJK characters, including runs and U+3000', () => {
    expect(repairCjkSpacing('联 盟 名 称')).toBe('联盟名称');
    expect(repairCjkSpacing('总\u3000\u3000则')).toBe('总则');
  });

  it('removes spaces between CJK and % or a decimal point', () => {
    expect(repairCjkSpacing('占比 5 %')).toBe('占比5 %');
    expect(repairCjkSpacing('增长 % 以上')).toBe('增长%以上');
  });

  it('removes spaces next to CJK punctuation and half-width colon/parentheses', () => {
    expect(repairCjkSpacing('联盟名称： 河南')).toBe('联盟名称：河南');
    expect(repairCjkSpacing('联盟名称: 河南')).toBe('联盟名称:河南');
    expect(repairCjkSpacing('( 一 )')).toBe('(一)');
  });

  it('keeps spaces between Latin words and between Latin and CJK', () => {
    expect(repairCjkSpacing('Hello world')).toBe('Hello world');
    expect(repairCjkSpacing('IBM 公司')).toBe('IBM 公司');
  });

  it('keeps spaces inside numbers that have no CJK neighbour', () => {
    expect(repairCjkSpacing('12 . 5')).toBe('12 . 5');
    expect(repairCjkSpacing('2020 2021')).toBe('2020 2021');
  });

  it('keeps tabs (table cell separators) and newlines', () => {
    expect(repairCjkSpacing('联盟\t名称')).toBe('联盟\t名称');
    expect(repairCjkSpacing('联盟\n名称')).toBe('联盟\n名称');
  });

  it('handles surrogate-pair ideographs as neighbours', () => {
    expect(repairCjkSpacing('𠀀 联')).toBe('𠀀联');
  });
});

describe('normalizeText', () => {
  it('combines half-width conversion, CJK spacing repair and space collapsing', () => {
    expect(normalizeText('注册资金　１２.５ 亿元')).toBe('注册资金12.5亿元');
    expect(normalizeText('Hello    world')).toBe('Hello world');
  });

  it('trims spaces at the start and end of every line but keeps the newlines', () => {
    expect(normalizeText('  联 盟 名 称 ：　河南省 ＸＸ 联盟  \r\n  注册资金 １２.５ 亿元 ')).toBe(
      '联盟名称:河南省 XX 联盟\n注册资金12.5亿元',
    );
  });

  it('converts CRLF and CR line breaks to LF', () => {
    expect(normalizeText('a\r\nb\rc')).toBe('a\nb\nc');
  });

  it('keeps tabs between table cells', () => {
    expect(normalizeText('序号\t单位名称\t类型')).toBe('序号\t单位名称\t类型');
  });

  it('removes zero-width characters and the BOM', () => {
    expect(normalizeText('\uFEFF联\u200B盟')).toBe('联盟');
  });

  it('does not convert Chinese punctuation', () => {
    expect(normalizeText('甲、乙。')).toBe('甲、乙。');
  });
});

describe('tick boxes in one form', () => {
  it('writes every ticked box as ☑ and every empty box as □', () => {
    expect(normalizeText('☒有 ☐无 ⊠是 ◻否')).toBe('☑有 □无 ☑是 □否');
  });
});

describe('radicals as ideographs', () => {
  it('reads the radical code points a browser-printed PDF maps glyphs to as the ideographs they show', () => {
    expect(normalizeText('⽢肃省有⾊⾦属研究院，⻛险共担，⼀、缔约⽅')).toBe('甘肃省有色金属研究院,风险共担,一、缔约方');
  });
});
