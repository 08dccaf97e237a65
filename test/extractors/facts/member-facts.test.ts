import { describe, expect, it } from 'vitest';
import { memberFacts } from '../../../extractors/facts/member-facts.js';
import { docOf, para, table } from '../build-doc.js';

describe('memberFacts', () => {
  it('gives no member list for a document whose only list is a sentence naming some of them ("等十一家")', () => {
    const facts = memberFacts(docOf(para('联盟由甲科技有限公司、乙理工学院等十一家单位共同发起成立。')));
    expect(facts.members.status).toBe('absent');
    expect(facts.memberCount).toBeUndefined();
  });

  it('completes such a sentence from the lists the document kind adds (the signature page)', () => {
    const doc = docOf(para('本协议由甲科技有限公司、乙理工学院等三家单位共同订立。'), table([['序号', '单位名称'], ['1', '甲科技有限公司'], ['2', '乙理工学院'], ['3', '丙研究院']]));
    const facts = memberFacts(doc);
    expect(facts.members.value?.map((m) => m.name)).toEqual(['甲科技有限公司', '乙理工学院', '丙研究院']);
    expect(facts.memberCount?.value).toBe(3);
  });
});
