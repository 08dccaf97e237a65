/**
 * Wording that marks the clauses formation rules ask for in agreements and charters. One
 * pattern per clause; extractors test them sentence by sentence and quote the sentence.
 */
export const CLAUSES = {
  /** Technical innovation goals. */
  goals: /技术创新目标|创新目标|联盟(?:的)?目标|总体目标|主要目标/u,
  /** Division of tasks among members. */
  taskDivision: /任务分工|分工|分别(?:承担|负责)|(?:甲|乙|丙|丁)方(?:主要)?负责|牵头(?:承担|负责)/u,
  /** Fund management. */
  fundRules: /经费.{0,12}?(?:管理|使用|来源|预算|收支|筹集|代管|专款专用)|资金(?:管理|使用)|财务管理|会费|不收取(?:任何)?(?:会费|费用)|联盟不收取费用|费用(?:分担|承担)|不(?:设立|设置|设)(?:共同|统一)?(?:经费|基金|资金)/u,
  /** The alliance charges no fees (a fund clause, not a missing one). */
  noFees: /不收取(?:任何)?(?:会费|费用)|联盟不收取费用/u,
  /** Internal supervision of fund use. */
  fundSupervision: /(?:经费|资金|财务).{0,30}(?:监督|审计|公开|披露|检查)|(?:监督|审计).{0,20}(?:经费|资金|财务)/u,
  /** IP ownership agreed. */
  ipOwnership: /知识产权.{0,30}(?:归属|所有|权属)|权利归属|(?:归属|所有权).{0,10}知识产权/u,
  /** IP licensing agreed. */
  ipLicensing: /许可使用|实施许可|许可(?:他人|第三方)?使用|使用权|许可/u,
  /** Revenue sharing from IP or results. */
  ipRevenueSharing: /(?:收益|利益)(?:的)?(?:分配|分享|分成)|转化收益|利益分配/u,
  /** Liability for breach. */
  liability: /违约责任|违约(?:的)?(?:方|行为)|赔偿(?:责任|损失)/u,
  /** Admission of members. */
  admission: /入会|入盟|加入联盟|申请加入|吸收新成员|新成员(?:加入)?/u,
  /** Exit of members. */
  exit: /退出|除名|退盟/u,
  /** Who bears external responsibility. */
  externalResponsibility: /对外承担(?:法律)?责任|对外(?:责任|法律责任)(?:的)?主体|(?:法律|民事)责任由.{0,20}承担|代表联盟对外承担/u,
  /** Project-management rules. */
  projectRules: /项目管理|项目(?:实行|的)?(?:立项|验收|负责人制)/u,
  /** Confidentiality rules. */
  confidentiality: /保密/u,
  /** Industry–university–research cooperation rules. */
  cooperationRules: /产学研(?:合作|协同)|合作(?:研发|攻关)(?:管理)?(?:办法|制度)/u,
  /** Full-time staff of the office. */
  fullTimeStaff: /专职(?:工作)?人员|专职(?:秘书|管理)/u,
  /** Office staff who are all part-time (兼职 / 兼任). */
  partTimeStaff: /(?:工作)?人员.{0,12}(?:均|全部|都)?(?:为|由).{0,12}(?:兼职|兼任)|(?:均|全部|都)(?:为|系)?兼职|兼职(?:工作)?人员/u,
} as const;

/**
 * Wording that puts a clause off or denies it: rules "to be drawn up later", terms "to be
 * negotiated case by case", no common fund. A sentence saying so does not make the clause.
 */
export const DEFERRED = /另行(?:制定|协商|约定|商定|确定|规定)|(?:待|将|拟).{0,12}(?:制定|另定|研究确定)|不(?:设立|设置|设)(?:共同|统一)?(?:经费|基金|资金)|尚未(?:制定|建立)|暂不(?:设立|制定)|视具体情况|一事一议|个案协商/u;

/**
 * Sentences that match a clause's wording without making it, per clause: a body's duties listing
 * funds among what it reviews ("理事会负责审议…经费预算和管理制度") are no fund rule.
 */
export const NOT_THE_CLAUSE: Readonly<Partial<Record<ClauseId, RegExp>>> = {
  fundRules: /(?:审议|审定|审批|审核|决定)[^。；;]{0,40}(?:经费|资金|财务)/u,
};

/** Clauses that a deferring sentence does not make. */
export const DEFERRABLE: ReadonlySet<string> = new Set(['fundRules', 'fundSupervision', 'ipOwnership', 'ipLicensing', 'ipRevenueSharing', 'projectRules', 'cooperationRules']);

export type ClauseId = keyof typeof CLAUSES;

/** Names of decision, consulting and executive bodies, as charters and agreements set them up. */
export const BODY_NAMES = {
  decision: /会员大会|成员大会|理事会|董事会|决策委员会|管理委员会|联盟大会/gu,
  consulting: /专家委员会|技术委员会|咨询委员会|学术委员会|专家咨询组|专家组/gu,
  executive: /秘书处|办公室|执行机构|执行委员会/gu,
} as const;

/** Sentences of a text (split at 。；！？ and line ends), trimmed, non-empty. */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[。；;！？!?])|\n/u)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** Distinct body names of one kind mentioned in a text, in order. */
export function bodyNames(text: string, kind: keyof typeof BODY_NAMES): string[] {
  return [...new Set([...text.matchAll(BODY_NAMES[kind])].map((m) => m[0]))];
}
