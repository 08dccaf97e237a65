import { describe, expect, it } from 'vitest';
import { col } from '../../src/corpus/columns.js';
import { Pseudonymizer } from '../../src/corpus/pseudonymize.js';

const p = new Pseudonymizer('salt', ['王建国', '李教授', '张伟']);

describe('Pseudonymizer', () => {
  it('replaces known names, label-named persons, phones and e-mail addresses with tokens of their kind', () => {
    const out = p.scrub('理事长王建国，专家李教授；联系人：刘敏，电话0371-65990001，邮箱a@b.cn');
    expect(out).toMatch(/^理事长P_[0-9a-f]{10}，专家P_[0-9a-f]{10}；联系人：P_[0-9a-f]{10}，电话TEL_[0-9a-f]{10}，邮箱EMAIL_[0-9a-f]{10}$/u);
  });

  it('gives one token to one value however it is written, and another token under another salt', () => {
    expect(p.scrub('0371-65990001')).toBe(p.scrub('037165990001'));
    expect(p.scrub('A@B.CN')).toBe(p.scrub('a@b.cn'));
    expect(p.token('person', '王建国')).not.toBe(new Pseudonymizer('pepper', []).token('person', '王建国'));
  });

  it('keeps organisation names in org columns, scrubbing their phones only, and leaves none columns alone', () => {
    const columns = [col('unit', 'VARCHAR', '单位', 'a unit', 'x', { privacy: 'org' }), col('code', 'VARCHAR', '代码', 'a code', 'x', { privacy: 'none' }), col('quote', 'VARCHAR', '原文', 'a quote', 'x')];
    const row = p.row({ unit: '张伟机械有限公司（电话13812345678）', code: '13812345678', quote: '张伟签字' }, columns);
    expect(row.unit).toMatch(/^张伟机械有限公司（电话TEL_[0-9a-f]{10}）$/u);
    expect(row.code).toBe('13812345678');
    expect(row.quote).toMatch(/^P_[0-9a-f]{10}签字$/u);
  });

  it('takes the longest known name at a place', () => {
    const q = new Pseudonymizer('salt', ['李明', '李明德']);
    expect(q.scrub('李明德')).toBe(q.token('person', '李明德'));
  });
});
