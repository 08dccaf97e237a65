/**
 * resolveInput: `facts.<field>` and `metrics.<declared id>` as the scorer sees them.
 */
import { describe, expect, it } from 'vitest';
import { MetricSchema, resolveInput, type Metric, type MetricInput } from '../../../src/engine/rubric/inputs.js';
import type { Evidence } from '../../../src/model/evidence.js';
import type { Fact } from '../../../src/model/fact.js';
import type { Facts } from '../../../src/model/facts.js';

const ev = (quote = '（测试）'): Evidence => ({ file: 'form.docx', ref: '/blocks/0', quote });
const fact = <T>(value: T | null, opts: { status?: Fact<T>['status']; confidence?: number } = {}): Fact<T> => ({
  value,
  status: opts.status ?? (value === null ? 'absent' : 'found'),
  confidence: opts.confidence ?? 1,
  evidence: [ev(String(value))],
});
const metrics = (...ms: MetricInput[]): ReadonlyMap<string, Metric> => new Map(ms.map((m) => MetricSchema.parse(m)).map((m) => [m.id, m]));
const NONE = metrics();
const row = (label: string, value: string, confidence = 1) => ({ label, value, evidence: ev(`${label}：${value}`), confidence });
const table = (...rows: ReturnType<typeof row>[]): Facts => ({ labelledValues: fact(rows) });

describe('facts.*', () => {
  it('a number fact is its number', () => {
    expect(resolveInput('facts.industryScale', { industryScale: fact(123_456) }, NONE)).toEqual({ value: 123_456, status: 'found', evidence: [ev('123456')], confidence: 1 });
  });

  it('a boolean fact is its boolean', () => {
    expect(resolveInput('facts.hasFundRules', { hasFundRules: fact(true) }, NONE).value).toBe(true);
    expect(resolveInput('facts.hasFundRules', { hasFundRules: fact(false) }, NONE).value).toBe(false);
  });

  it.each([
    ['国家科技进步二等奖（2019年）', true],
    ['无', false],
    ['  无 ', false],
    ['没有', false],
    ['暂无', false],
    ['—', false],
    ['-', false],
    ['', false],
  ])('a text fact "%s" counts as %s', (text, value) => {
    expect(resolveInput('facts.nationalAwards', { nationalAwards: fact(text) }, NONE).value).toBe(value);
  });

  it.each(['——', '/'])('a text fact holding only the blank mark "%s" counts as false', (text) => {
    expect(resolveInput('facts.nationalAwards', { nationalAwards: fact(text) }, NONE).value).toBe(false);
  });

  it('an array fact counts its elements', () => {
    expect(resolveInput('facts.provincialPlatforms', { provincialPlatforms: fact(['省工程技术研究中心', '省重点实验室', '省企业技术中心']) }, NONE).value).toBe(3);
    expect(resolveInput('facts.provincialPlatforms', { provincialPlatforms: fact<string[]>([]) }, NONE).value).toBe(0);
  });

  it('an object fact is true when every part is present', () => {
    expect(resolveInput('facts.bodies', { bodies: fact({ decision: ['理事会'], consulting: ['专家委员会'], executive: ['秘书处'] }) }, NONE).value).toBe(true);
    expect(resolveInput('facts.ipClauses', { ipClauses: fact({ ownership: true, licensing: true, revenueSharing: true, liability: true }) }, NONE).value).toBe(true);
  });

  it('an object fact with a part missing is false', () => {
    expect(resolveInput('facts.bodies', { bodies: fact({ decision: ['理事会'], consulting: [], executive: ['秘书处'] }) }, NONE).value).toBe(false);
    expect(resolveInput('facts.ipClauses', { ipClauses: fact({ ownership: true, licensing: false, revenueSharing: true, liability: true }) }, NONE).value).toBe(false);
  });

  it('an absent field (not in the facts at all) is absent with no evidence', () => {
    expect(resolveInput('facts.industryScale', {}, NONE)).toEqual({ value: null, status: 'absent', evidence: [], confidence: 1 });
  });

  it('an absent or unreadable fact keeps its status, evidence and confidence', () => {
    expect(resolveInput('facts.industryScale', { industryScale: fact<number>(null) }, NONE)).toMatchObject({ value: null, status: 'absent' });
    const r = resolveInput('facts.industryScale', { industryScale: fact<number>(null, { status: 'unreadable', confidence: 0.2 }) }, NONE);
    expect(r).toMatchObject({ value: null, status: 'unreadable', confidence: 0.2 });
    expect(r.evidence).toHaveLength(1);
  });

  it('a low-confidence fact is found, with its confidence passed on', () => {
    expect(resolveInput('facts.industryScale', { industryScale: fact(5, { confidence: 0.4 }) }, NONE)).toMatchObject({ value: 5, status: 'found', confidence: 0.4 });
  });
});

describe('metrics.* from labelledValues', () => {
  const rd = metrics({ id: 'rdSpending', label: '研发经费支出（万元）', labels: ['研究与试验发展经费支出额', '研发经费支出额'], parse: 'money' });

  it('money in 万元 is read as is', () => {
    expect(resolveInput('metrics.rdSpending', table(row('研究与试验发展经费支出额', '350万元')), rd)).toMatchObject({ value: 350, status: 'found', confidence: 1 });
  });

  it('money in 亿元 is normalised to 万元', () => {
    expect(resolveInput('metrics.rdSpending', table(row('研究与试验发展经费支出额', '1.2亿元')), rd).value).toBe(12_000);
  });

  it('money in 元 is normalised to 万元', () => {
    expect(resolveInput('metrics.rdSpending', table(row('研究与试验发展经费支出额', '3,500,000元')), rd).value).toBe(350);
  });

  it('a bare number is taken in 万元', () => {
    expect(resolveInput('metrics.rdSpending', table(row('研究与试验发展经费支出额', '350')), rd).value).toBe(350);
  });

  it('the best label match wins over an earlier, weaker one', () => {
    const facts = table(row('研发经费支出额合计', '100万元'), row('研究与试验发展经费支出额', '350万元'));
    expect(resolveInput('metrics.rdSpending', facts, rd).value).toBe(350);
  });

  it('an alias label, with a "(万元)" hint, matches', () => {
    expect(resolveInput('metrics.rdSpending', table(row('研发经费支出额（万元）', '350')), rd).value).toBe(350);
  });

  it('the evidence and confidence are those of the row', () => {
    const r = resolveInput('metrics.rdSpending', table(row('研究与试验发展经费支出额', '350万元', 0.7)), rd);
    expect(r).toMatchObject({ confidence: 0.7, evidence: [ev('研究与试验发展经费支出额：350万元')] });
  });

  it('no matching row → absent', () => {
    expect(resolveInput('metrics.rdSpending', table(row('企业名称', '某某公司')), rd)).toMatchObject({ value: null, status: 'absent' });
  });

  it('a row whose value cannot be parsed → absent', () => {
    expect(resolveInput('metrics.rdSpending', table(row('研究与试验发展经费支出额', '详见附件')), rd)).toMatchObject({ value: null, status: 'absent' });
  });

  it('no labelledValues at all → absent; unreadable labelledValues → unreadable', () => {
    expect(resolveInput('metrics.rdSpending', {}, rd).status).toBe('absent');
    expect(resolveInput('metrics.rdSpending', { labelledValues: fact<ReturnType<typeof row>[]>(null, { status: 'unreadable' }) }, rd).status).toBe('unreadable');
  });

  describe('percent', () => {
    const pct = metrics({ id: 'rdIntensity', label: '研发强度（%）', labels: ['研发经费支出占主营业务收入的比重'], parse: 'percent' });
    it.each([
      ['2.5%', 2.5],
      ['2 %', 2],
      ['２％', 2],
      ['百分之三', 3],
      ['2.5', 2.5], // a %-headed column holding a bare number
      ['约2.5（2021年）', 2.5], // …with a year after it, not glued onto the number
      ['２．５', 2.5],
    ])('"%s" → %s', (text, value) => {
      expect(resolveInput('metrics.rdIntensity', table(row('研发经费支出占主营业务收入的比重', text)), pct).value).toBe(value);
    });
  });

  describe('count', () => {
    const cnt = metrics({ id: 'newMembers', label: '新成员（家）', labels: ['发展联盟新成员数'], parse: 'count' });
    const read = (text: string) => resolveInput('metrics.newMembers', table(row('发展联盟新成员数', text)), cnt).value;

    it.each([
      ['3', 3],
      ['3家', 3],
      ['十二家', 12],
      ['１２', 12],
    ])('"%s" → %s', (text, value) => {
      expect(read(text)).toBe(value);
    });

    it.each([
      ['共5项（详见附件3）', 5],
      ['3家（2021年）', 3],
      ['2021年新增3家', 3],
      ['第2批5家', 5],
    ])('"%s" → %s: a number elsewhere in the cell is not glued onto the count', (text, value) => {
      expect(read(text)).toBe(value);
    });

    it('"无" is a count of 0, a blank cell no count at all', () => {
      expect(read('无')).toBe(0);
      expect(read('')).toBeNull();
    });
  });

  describe('yes-no', () => {
    const yn = metrics({ id: 'auditSeparate', label: '经费单独体现', labels: ['联盟经费在年度审计报告中单独体现'], parse: 'yes-no' });
    const read = (text: string) => resolveInput('metrics.auditSeparate', table(row('联盟经费在年度审计报告中单独体现', text)), yn).value;

    it.each([
      ['是', true],
      ['有', true],
      ['√', true],
      ['否', false],
      ['无', false],
    ])('"%s" → %s', (text, value) => {
      expect(read(text)).toBe(value);
    });

    it('"没有" is no', () => {
      expect(read('没有')).toBe(false);
    });

    it('a ticked 无 box ("□有 ☑无") is no', () => {
      expect(read('□有 ☑无')).toBe(false);
    });

    it('goes by the first word of the answer, not any 无 inside it', () => {
      expect(read('有，无偿开放')).toBe(true);
      expect(read('未单独体现')).toBe(false);
      expect(read('详见附件')).toBeNull();
    });
  });
});

describe('metrics.* from a text fact with `after` words', () => {
  const projects = metrics(
    { id: 'provincialProjects', label: '省部级项目（项）', fact: 'leadProjects', after: ['省部级项目', '省（部）级及以上项目'] },
    { id: 'bureauProjects', label: '厅局级项目（项）', fact: 'leadProjects', after: ['厅局级项目'] },
  );
  const text = (t: string): Facts => ({ leadProjects: fact(t) });

  it('reads the number after each word', () => {
    const facts = text('近三年承担省部级项目3项，厅局级项目2项。');
    expect(resolveInput('metrics.provincialProjects', facts, projects)).toMatchObject({ value: 3, status: 'found' });
    expect(resolveInput('metrics.bureauProjects', facts, projects)).toMatchObject({ value: 2, status: 'found' });
  });

  it('adds up the numbers after several words', () => {
    const standards = metrics({ id: 'nationalStandards', label: '国家/行业/团体标准（项）', fact: 'leadProjects', after: ['国家标准', '行业标准', '团体标准'] });
    expect(resolveInput('metrics.nationalStandards', text('主持制定国家标准2项、行业标准3项、团体标准1项，企业标准4项'), standards).value).toBe(6);
  });

  it('reads Chinese numerals and full-width brackets', () => {
    expect(resolveInput('metrics.provincialProjects', text('承担省(部)级及以上项目两项'), projects).value).toBe(2);
  });

  it('none of the words present → found, 0', () => {
    expect(resolveInput('metrics.provincialProjects', text('无'), projects)).toMatchObject({ value: 0, status: 'found' });
  });

  it('the fact absent → absent; unreadable → unreadable', () => {
    expect(resolveInput('metrics.provincialProjects', {}, projects).status).toBe('absent');
    expect(resolveInput('metrics.provincialProjects', { leadProjects: fact<string>(null, { status: 'unreadable' }) }, projects).status).toBe('unreadable');
  });

  it('passes on the confidence of the fact', () => {
    expect(resolveInput('metrics.provincialProjects', { leadProjects: fact('省部级项目3项', { confidence: 0.5 }) }, projects).confidence).toBe(0.5);
  });

  it('words after a row of labelledValues are added up too', () => {
    const ip = metrics({ id: 'inventionPatents', label: '发明专利（件）', labels: ['近3年获专利等知识产权数量'], after: ['发明专利'] });
    expect(resolveInput('metrics.inventionPatents', table(row('近3年获专利等知识产权数量', '12个；具体内容：发明专利2件，实用新型专利10件')), ip).value).toBe(2);
  });
});

describe('errors', () => {
  it.each(['metrics.unknownMetric', 'other.rdSpending', 'rdSpending', 'fact.industryScale'])('"%s" throws', (path) => {
    const rd = metrics({ id: 'rdSpending', label: '研发经费支出', labels: ['研发经费支出额'], parse: 'money' });
    expect(() => resolveInput(path, {}, rd)).toThrow(/facts\.<field>|metrics\.<declared id>/u);
  });
});
