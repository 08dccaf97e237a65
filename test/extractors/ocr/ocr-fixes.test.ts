import { describe, expect, it } from 'vitest';
import { dropBoxSpecks, dropCjkSpaces, fixCheckboxGlyphs, fixOcrText } from '../../../src/text/ocr-fixes.js';

describe('OCR text repairs', () => {
  it('drops spaces between Chinese characters but keeps them between ASCII words', () => {
    expect(dropCjkSpaces('联 盟 名 称 : 甘肃 省')).toBe('联盟名称:甘肃省');
    expect(dropCjkSpaces('ISO 9001 认证')).toBe('ISO 9001认证');
  });

  it('maps box look-alikes before option labels back to boxes', () => {
    expect(fixCheckboxGlyphs('口有 回无')).toBe('□有 ☑无');
    expect(fixCheckboxGlyphs('是否：口是 口否')).toBe('是否：□是 □否');
    expect(fixCheckboxGlyphs('V有 口无')).toBe('√有 □无');
    expect(fixCheckboxGlyphs('有V')).toBe('√有');
  });

  it('leaves 口 and 回 inside words alone', () => {
    expect(fixCheckboxGlyphs('出口创汇')).toBe('出口创汇');
    expect(fixCheckboxGlyphs('回收利用')).toBe('回收利用');
    expect(fixCheckboxGlyphs('进出口 企业')).toBe('进出口 企业');
  });

  it('removes specks read beside a box', () => {
    expect(dropBoxSpecks('☑”有□“无')).toBe('☑有□无');
    expect(fixOcrText(' 成员类型:□”企业 ☑ 高校 ')).toBe('成员类型:□企业☑高校');
    expect(fixOcrText('|甘肃省科学院 |')).toBe('甘肃省科学院');
    expect(fixOcrText('”3个;具体内容')).toBe('3个;具体内容');
  });
});
