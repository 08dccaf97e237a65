import type { DocKind } from '../model/kinds.js';

/** Title patterns that name a document kind, most specific first. */
export const TITLE_PATTERNS: readonly { kind: DocKind; pattern: RegExp; label: string }[] = [
  { kind: 'proposal', pattern: /构建建议书|组建建议书/u, label: '构建建议书' },
  { kind: 'feasibility-report', pattern: /可行性研究报告|可行性报告/u, label: '可行性研究报告' },
  { kind: 'recommendation-form', pattern: /推荐表/u, label: '推荐表' },
  { kind: 'self-evaluation', pattern: /自评表|自查表|评分表|自评报告|自查报告/u, label: '自评表' },
  { kind: 'application-form', pattern: /组建申请表|申请表|申报表|申报书|数据表|申请报告|申报报告|申报材料|申请书/u, label: '申请表' },
  { kind: 'annual-summary', pattern: /年度工作总结|工作总结|年度工作报告/u, label: '年度工作总结' },
  { kind: 'charter', pattern: /章程/u, label: '章程' },
  { kind: 'agreement', pattern: /协议书|联盟协议|合作协议|^协议$/u, label: '协议书' },
  { kind: 'supporting-evidence', pattern: /证明材料|营业执照|证书|管理办法|管理制度|审计报告|财务报表|佐证材料/u, label: '证明材料' },
];

/**
 * Short characteristic texts of each kind, from the seed forms and outlines; the n-gram
 * classifier is trained on them when no title names the kind.
 */
export const KIND_SAMPLES: Readonly<Partial<Record<DocKind, string[]>>> = {
  proposal: [
    '联盟名称 牵头单位 所属领域 推荐单位 填报日期 联盟成员总数 企业成员数量 高校成员数量 研究机构成员数量',
    '秘书处专职人员 经费管理制度 有 无 项目管理制度 知识产权管理制度 联盟专利池 预期完成绩效指标',
  ],
  'feasibility-report': [
    '联盟构建的目的和意义 主要任务和目标 现有工作基础、条件和优势 联盟组成状况 预期效果和风险分析',
    '国内外发展现状 存在的主要问题 发展趋势 技术风险 市场风险 经济效益 产业化前景',
  ],
  'recommendation-form': ['序号 联盟名称 牵头单位 所属领域 推荐部门 成员总数 企业数量 高校数量 研究机构数量 备注 盖章'],
  agreement: [
    '甲方 乙方 丙方 缔约方 鉴于 经友好协商 达成如下协议 本协议 违约责任 解散和清算 签字 盖章 法定代表人',
    '联盟成员的任务分工 技术创新目标 收益分配原则 知识产权管理 协议自签字之日起生效',
  ],
  charter: [
    '总则 第一章 第一条 本章程 会员 理事会 秘书处 专家委员会 会员大会 权利 义务 入会 退出 附则',
    '联盟宗旨 组织机构 理事长 秘书长 议事规则 章程的修改 终止',
  ],
  'application-form': [
    '产业联盟名称 技术领域 产业联盟理事长 常设机构 依托单位 牵头单位产值 省内采购金额 科研投入 成员总数 成员企业数',
    '技术创新目标 限500字 成员单位名称及法人代码 在行业中的地位 运行机制 特色工作',
  ],
  'self-evaluation': ['一级指标 二级指标 评价标准 分值 自评得分 得分 合计 加分项'],
  'annual-summary': ['当年工作开展情况 取得的工作成效 下一年度工作计划 存在的主要困难问题 意见建议 年度工作总结'],
  'supporting-evidence': ['营业执照 统一社会信用代码 法定代表人 注册资本 成立日期 经营范围 证书 认定 管理办法'],
};
