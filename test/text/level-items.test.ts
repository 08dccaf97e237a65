import { describe, expect, it } from 'vitest';
import { countLevelItems, itemLevel, levelItems } from '../../src/text/level-items.js';

describe('itemLevel', () => {
  it.each([
    ['国家重点研发计划课题（国家级，2019—2022年）', 'national'],
    ['甘肃省科学技术进步奖二等奖1项（“旱作马铃薯技术”，省部级，2020年）', 'provincial'],
    ['甘肃省重大科技专项（省级）', 'provincial'],
    ['定西市科技计划项目（厅局级，2021年）', 'bureau'],
    ['中国园艺学会科学技术奖三等奖（社会力量设奖）', 'social'],
    ['某某项目（2021年）', null],
  ] as const)('%j → %s', (text, level) => expect(itemLevel(text)).toBe(level));
});

describe('levelItems and countLevelItems', () => {
  const text = '1.A课题（国家级，2019年）\n2.B专项（省级，2020年）\n3.C项目（厅局级）';
  it('splits a list answer into its items: numbered lines, semicolons', () => {
    expect(levelItems(text).map((i) => i.level)).toEqual(['national', 'provincial', 'bureau']);
    expect(levelItems('A奖（省部级）；B奖（社会力量设奖）').map((i) => i.level)).toEqual(['provincial', 'social']);
  });
  it('counts the items of the given levels', () => {
    expect(countLevelItems(text, ['national', 'provincial'])).toBe(2);
    expect(countLevelItems(text, ['bureau'])).toBe(1);
    expect(countLevelItems(text, ['social'])).toBe(0);
  });
  it('gives null when no item names a level (the count is elsewhere in the answer)', () => {
    expect(countLevelItems('承担省部级项目3项', ['provincial'])).toBeNull();
  });
});
