import { describe, expect, it } from 'vitest';
import { readSelfEvaluation } from '../../../extractors/documents/self-evaluation.js';
import { docOf, table } from '../build-doc.js';

describe('readSelfEvaluation', () => {
  it('reads claimed points from the score column wherever it stands, with merged first columns', () => {
    const doc = docOf(
      table([
        ['一级指标', '二级指标', '权重', '自评得分', '自评依据'],
        [{ text: '创新能力', rowSpan: 2 }, '承担科研项目情况（4分）', '4', '４分', '国家级项目1项'],
        ['获科技奖励情况', '4', '2', '省部级奖励1项'],
        ['合计', '', '8', '6', ''],
      ]),
    );
    expect(readSelfEvaluation(doc).claimedScores?.value?.map((c) => [c.label, c.points])).toEqual([
      ['承担科研项目情况', 4],
      ['获科技奖励情况', 2],
      ['合计', 6],
    ]);
  });
});
