import { z } from 'zod';

/** Document kinds a submission may hold. */
export const DocKindSchema = z.enum([
  'application-form', // 组建申请表 (Gansu 附件1)
  'proposal', // 构建建议书 (Henan 附件1)
  'feasibility-report', // 可行性研究报告
  'recommendation-form', // 推荐表
  'agreement', // 协议书 / 联盟协议
  'charter', // 联盟章程
  'self-evaluation', // 自评表
  'annual-summary', // 年度工作总结
  'supporting-evidence', // 证明材料
  'unknown',
]);
export type DocKind = z.infer<typeof DocKindSchema>;

/** Chinese names of the kinds, for reports. */
export const DOC_KIND_LABELS: Record<DocKind, string> = {
  'application-form': '组建申请表',
  proposal: '构建建议书',
  'feasibility-report': '可行性研究报告',
  'recommendation-form': '推荐表',
  agreement: '联盟协议书',
  charter: '联盟章程',
  'self-evaluation': '自评表',
  'annual-summary': '年度工作总结',
  'supporting-evidence': '证明材料',
  unknown: '未识别文件',
};
