import { describe, expect, it } from 'vitest';
import { listValues } from '../../../extractors/layout/list-values.js';
import { readLabelledValues } from '../../../extractors/documents/labelled-values.js';
import { docOf, table } from '../build-doc.js';

describe('listValues', () => {
  it('takes the value column, never the weight standing between label and value', () => {
    const doc = docOf(
      table([
        ['一级指标', '三级指标', '权重（分）', '完成情况', '自评得分'],
        ['技术与人才', '企业拥有的全部有效发明专利数', '4', '２项', '4'],
        ['创新投入', '研发经费支出占主营业务收入的比重', '10', '3.2%', '8'],
      ]),
    );
    expect(listValues(doc).map((v) => [v.label, v.value])).toEqual([
      ['企业拥有的全部有效发明专利数', '２项'],
      ['研发经费支出占主营业务收入的比重', '3.2%'],
    ]);
  });

  it('takes the value from the grounds column (自评依据) when the table has no value column, or its value cell is blank', () => {
    const doc = docOf(
      table([
        ['序号', '考核指标', '分值', '自评得分', '自评依据'],
        ['1', '新增成员单位数', '5', '5', '新增成员单位3家'],
      ]),
    );
    expect(listValues(doc).map((v) => [v.label, v.value])).toEqual([['新增成员单位数', '新增成员单位3家']]);
  });

  it('sets aside the form view\'s label → next-cell reading of such rows', () => {
    const doc = docOf(table([['指标', '权重', '数值'], ['当年发明专利申请数', '6', '2项']]));
    const pairs = readLabelledValues(doc).value!.filter((p) => p.label === '当年发明专利申请数');
    expect(pairs.map((p) => p.value)).toEqual(['2项']);
  });

  it('takes the unit from a unit column of its own (指标 | 单位 | 数值)', () => {
    const doc = docOf(table([['指标', '单位', '数值'], ['解决行业发展关键和共性技术难题', '个', '4'], ['设立专门办公室', '', '有']]));
    expect(listValues(doc).map((v) => [v.label, v.value])).toEqual([
      ['解决行业发展关键和共性技术难题', '4个'],
      ['设立专门办公室', '有'],
    ]);
  });

  it('reads two figures a row when label and value columns come in pairs (指标 | 数值 | 指标 | 数值)', () => {
    const doc = docOf(table([['指标', '数值', '指标', '数值'], ['研发人员人均研发经费支出', '32万元', '企业拥有的全部有效发明专利数', '4项']]));
    expect(listValues(doc).map((v) => [v.label, v.value])).toEqual([
      ['研发人员人均研发经费支出', '32万元'],
      ['企业拥有的全部有效发明专利数', '4项'],
    ]);
  });

  it('does not take a data row whose label holds a column word ("…交流平台 | 有") for a header', () => {
    const doc = docOf(table([['指标', '数值'], ['建立资源共享平台、网站、qq群等交流平台', '有'], ['定期召开联盟理事会议次数', '2次']]));
    expect(listValues(doc).map((v) => v.label)).toEqual(['建立资源共享平台、网站、qq群等交流平台', '定期召开联盟理事会议次数']);
  });
});
