import { describe, expect, it } from 'vitest';
import { readHeadings } from '../../../extractors/layout/headings.js';
import { docOf, para } from '../build-doc.js';

describe('readHeadings', () => {
  it('takes titles standing alone, chapters and outline headings, whether or not a style marks them', () => {
    const doc = docOf(
      para('甘肃省某产业技术创新联盟2021年度工作总结'),
      para('一、产业联盟牵头单位情况'),
      para('牵头单位经营稳定，研发投入持续增加。'),
      para('第二章 技术创新目标'),
      para('签署页'),
      para('甲科技有限公司'),
      para('2021年3月1日'),
      para('— 2 —'),
    );
    expect(readHeadings(doc).value).toEqual(['甘肃省某产业技术创新联盟2021年度工作总结', '一、产业联盟牵头单位情况', '第二章 技术创新目标', '签署页']);
  });
});
