import { z } from 'zod';
import { factSchema } from './fact.js';
import { EvidenceSchema } from './evidence.js';
import { MemberSchema, SignatureRowSchema } from './member.js';

/** Declared member counts by type, as a form states them. */
export const MemberCountsSchema = z.object({
  enterprise: z.number().nullable(),
  university: z.number().nullable(),
  institute: z.number().nullable(),
  other: z.number().nullable(),
});

/** 有 / 无 answers of a management-system checkbox row. */
export const YesNoSchema = z.enum(['yes', 'no', 'unknown']);

/** The three kinds of bodies a charter must set up, with the names found for each. */
export const BodiesSchema = z.object({
  decision: z.array(z.string()),
  consulting: z.array(z.string()),
  executive: z.array(z.string()),
});

/** Intellectual-property clauses found in an agreement or charter. */
export const IpClausesSchema = z.object({
  ownership: z.boolean(),
  licensing: z.boolean(),
  revenueSharing: z.boolean(),
  liability: z.boolean(),
});

/** A free-text answer with its stated length limit. */
export const LimitedTextSchema = z.object({
  label: z.string(),
  text: z.string(),
  /** Length in characters, whitespace excluded. */
  length: z.number().int(),
  /** The form's limit in characters (限N字), when stated. */
  limit: z.number().int().nullable(),
});

/** A label and the value written next to it in a form, with where it stands. */
export const LabelledValueSchema = z.object({
  label: z.string(),
  value: z.string(),
  evidence: EvidenceSchema,
  /** 0–1 confidence of the reading. */
  confidence: z.number(),
});

/** A credit-code-shaped token a document states, with where it stands and how it was read. */
export const CodeMentionSchema = z.object({
  code: z.string(),
  /** Passes the GB 32100-2015 check character. */
  valid: z.boolean(),
  /** 0–1 OCR confidence of the text it was read from (absent for born-digital text). */
  confidence: z.number().optional(),
  evidence: EvidenceSchema,
});
export type CodeMention = z.infer<typeof CodeMentionSchema>;

/** A score an applicant claims for an indicator in a self-evaluation table (得分). */
export const ClaimedScoreSchema = z.object({ label: z.string(), points: z.number(), evidence: EvidenceSchema });

const f = factSchema;

/**
 * Every field a document record or the merged facts may carry. Each is a Fact (value, status,
 * confidence, evidence). A record fills the fields its document kind holds; the merged facts
 * of a submission are the same shape.
 */
export const FactsSchema = z
  .object({
    /** 联盟名称 (full name). */
    allianceName: f(z.string()),
    /** 牵头单位. */
    leadUnit: f(z.string()),
    /** 技术领域 / 所属领域. */
    field: f(z.string()),
    /** 推荐单位. */
    recommender: f(z.string()),
    /** 联盟成员总数 / 成员总数 as declared (units). */
    memberCountDeclared: f(z.number()),
    /** Declared counts by member type (units). */
    memberCountsByType: f(MemberCountsSchema),
    /** Named member units. */
    members: f(z.array(MemberSchema)),
    /** Number of named member units (units). */
    memberCount: f(z.number()),
    /** Provincial-or-higher R&D platforms named among the members. */
    provincialPlatforms: f(z.array(z.string())),
    /** Number of such platforms (count). */
    provincialPlatformCount: f(z.number()),
    /** Lead unit's unified social credit code. */
    leadCreditCode: f(z.string()),
    /** Lead unit's registered address. */
    leadAddress: f(z.string()),
    /** Province the lead unit is registered in (e.g. 河南). */
    leadProvince: f(z.string()),
    /** Full-time staff of the executive body (persons). */
    fullTimeStaff: f(z.number()),
    /** Full-time staff are provided for (stated without a number, e.g. "配备专职人员"). */
    fullTimeStaffMentioned: f(z.boolean()),
    /** Management-system checkboxes of the Henan form: key → yes/no. */
    managementSystems: f(z.record(z.string(), YesNoSchema)),
    /** A fund-management system exists (form checkbox and/or a fund clause). */
    hasFundRules: f(z.boolean()),
    /** Fund use is subject to internal supervision. */
    fundSupervision: f(z.boolean()),
    /** Technical innovation goals are stated. */
    hasGoals: f(z.boolean()),
    /** A division of tasks among members is stated. */
    hasTaskDivision: f(z.boolean()),
    /** Parties named in the agreement. */
    agreementParties: f(z.array(MemberSchema)),
    /** Every unified social credit code the documents state (labelled as a code, or holding a letter). */
    creditCodes: f(z.array(CodeMentionSchema)),
    /** Signature-page rows of the agreement. */
    signatureRows: f(z.array(SignatureRowSchema)),
    /** Names of units that signed or sealed the agreement. */
    agreementSignatories: f(z.array(z.string())),
    /** Headings of the document in order (heading blocks, 第X章, 一、 （一） 1.). */
    headings: f(z.array(z.string())),
    /** Bodies set up by the charter. */
    bodies: f(BodiesSchema),
    /** Who bears external responsibility for the alliance (对外承担责任的主体). */
    externalResponsibility: f(z.string()),
    /** IP clauses agreed in advance. */
    ipClauses: f(IpClausesSchema),
    /** Admission and exit rules for members exist. */
    admissionExit: f(z.boolean()),
    /** 技术创新目标 text. */
    technicalGoal: f(z.string()),
    /** Free-text answers with a stated length limit. */
    limitedTexts: f(z.array(LimitedTextSchema)),
    /** Lead unit annual output value (万元). */
    leadOutputValue: f(z.number()),
    /** Lead unit purchases within the province (万元). */
    leadProvincialPurchases: f(z.number()),
    /** Lead unit R&D investment this year (万元). */
    leadRdThisYear: f(z.number()),
    /** Lead unit R&D investment over the last three years (万元). */
    leadRdThreeYears: f(z.number()),
    /** Economic scale of the alliance's industry (万元). */
    industryScale: f(z.number()),
    /** Lead unit's share of the provincial industry (%). */
    leadIndustrySharePercent: f(z.number()),
    /** Members' share of the provincial industry (%). */
    membersIndustrySharePercent: f(z.number()),
    /** Annual economic benefit generated for served enterprises (万元). */
    serviceBenefit: f(z.number()),
    /** Council size (persons). */
    councilSize: f(z.number()),
    /** Expert committee size (persons). */
    expertCommitteeSize: f(z.number()),
    /** Office running funds for the year (万元). */
    officeFunds: f(z.number()),
    /** Lead unit R&D spending last year (万元). */
    leadRdLastYear: f(z.number()),
    /** 产业联盟理事长. */
    chairman: f(z.string()),
    /** 常设机构依托单位名称. */
    hostUnit: f(z.string()),
    /** 产业联盟办公室地址. */
    officeAddress: f(z.string()),
    /** 办公室联系人及联系方式 / 联系人. */
    contact: f(z.string()),
    /** 技术专家委员会成员名单. */
    expertCommittee: f(z.string()),
    /** 承担科研项目情况 (text as filed). */
    leadProjects: f(z.string()),
    /** 获科技奖励情况 (text as filed). */
    leadAwards: f(z.string()),
    /** 近3年获专利等知识产权数量 (items). */
    ipCount: f(z.number()),
    /** 近3年主持或参与制定标准数量 (items). */
    standardsCount: f(z.number()),
    /** 解决行业发展关键和共性技术难题 (items). */
    problemsSolved: f(z.number()),
    /** 拥有国家规范的培训资质 (items). */
    trainingQualifications: f(z.number()),
    /** 国家级创新创业平台 (count). */
    nationalServicePlatforms: f(z.number()),
    /** 省级创新创业平台 (count). */
    provincialServicePlatforms: f(z.number()),
    /** 院士（含外聘） (persons). */
    academicians: f(z.number()),
    /** 国家千人计划等国家级人才 (persons). */
    nationalTalents: f(z.number()),
    /** 省领军人才 (persons). */
    provincialLeaders: f(z.number()),
    /** 产业联盟国家级奖励 (text as filed). */
    nationalAwards: f(z.string()),
    /** 完成省工信厅安排的相关服务工作 (items). */
    assignedTasks: f(z.number()),
    /** 产业联盟运行机制 (text as filed). */
    operatingMechanism: f(z.string()),
    /** 产业联盟特色工作 (text as filed). */
    specialWork: f(z.string()),
    /** Every label → value pair of the submission's forms (rubric metrics are read from these). */
    labelledValues: f(z.array(LabelledValueSchema)),
    /** Scores claimed in a self-evaluation table. */
    claimedScores: f(z.array(ClaimedScoreSchema)),
    /** Year a report covers (年度工作总结: "2021年度"). */
    reportYear: f(z.number()),
    /** Date a report is signed or dated, ISO YYYY-MM-DD. */
    reportDate: f(z.string()),
    /** Project-management rules exist. */
    hasProjectRules: f(z.boolean()),
    /** Confidentiality rules exist. */
    hasConfidentialityRules: f(z.boolean()),
    /** Industry–university–research cooperation rules exist. */
    hasCooperationRules: f(z.boolean()),
  })
  .partial();
export type Facts = z.infer<typeof FactsSchema>;
export type FactKey = keyof Facts;
/** The value type of a field. */
export type FieldValue<K extends FactKey> = NonNullable<NonNullable<Facts[K]>['value']>;
