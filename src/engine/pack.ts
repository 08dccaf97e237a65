import { z } from 'zod';
import { DocKindSchema } from '../model/kinds.js';
import { RubricSchema } from './rubric/schema.js';
import { MetricSchema } from './rubric/inputs.js';

/** An official notice (or standard) rules come from, as it names itself. */
export const NoticeSchema = z.object({
  /** Stable key of the notice in the packs' notice table, e.g. gansu-2020-60. */
  id: z.string().regex(/^[a-z0-9-]+$/u),
  /** Issuing body as printed (甘肃省工业和信息化厅). */
  issuer: z.string().min(1),
  /** Title as printed, without 《》. */
  title: z.string().min(1),
  /** 文号 (document number) as printed, e.g. 甘工信发〔2020〕60号; absent when the notice carries none. */
  docNumber: z.string().min(1).optional(),
  /** Date of issue (YYYY-MM-DD), when printed. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/u).optional(),
  /** What the notice itself says it rests on (Chinese), shown by `packs show`. */
  basis: z.string().optional(),
});
export type Notice = z.infer<typeof NoticeSchema>;

/** Where a rule comes from: a notice, the section in it (二（二）, 附件2 …) and optionally the words quoted. */
export const CitationSchema = z.object({
  notice: NoticeSchema,
  /** Section as the notice numbers it: 二（二）, 二（一）2（3）, 附件2《…》; empty for the notice as a whole. */
  section: z.string(),
  /** The notice's own words the rule encodes. */
  quote: z.string().min(1).optional(),
});
export type Citation = z.infer<typeof CitationSchema>;

/** 《title》（文号） of a notice; the title alone when it has no 文号. */
export function formatNotice(notice: Notice): string {
  return `《${notice.title}》${notice.docNumber ? `（${notice.docNumber}）` : ''}`;
}

/** One citation as report text: 《title》（文号）section“quote”. */
export function formatCitation(c: Citation): string {
  return `${formatNotice(c.notice)}${c.section}${c.quote ? `“${c.quote}”` : ''}`;
}

/** Several citations as one report text, separated by 「；」; a notice cited again right after itself is not named again. */
export function formatCitations(cs: readonly Citation[]): string {
  return cs.map((c, i) => (i > 0 && cs[i - 1].notice.id === c.notice.id ? formatCitation(c).slice(formatNotice(c.notice).length) || formatCitation(c) : formatCitation(c))).join('；');
}

/** The fields every cited part of a pack has: the source as report text, and the citations it derives from. */
const SOURCE_FIELDS = {
  /** The source as report text; derived from `citations` when not given. */
  source: z.string().min(1).optional(),
  /** Structured citations: notice (title, 文号) and section. */
  citations: z.array(CitationSchema).default([]),
};
interface Sourced {
  source?: string;
  citations: Citation[];
}
const hasSource = (x: Sourced) => x.source !== undefined || x.citations.length > 0;
const NO_SOURCE = { message: 'Expected a source or at least one citation, got neither' };
function withSource<T extends Sourced>(x: T): T & { source: string } {
  return { ...x, source: x.source ?? formatCitations(x.citations) };
}

/** A condition as a pack configures it: which condition, with which options, citing which source. */
export const PackConditionSchema = z
  .object({
    id: z.string(),
    /** Id of this use of the condition in reports, when a pack uses one condition several times (e.g. basic.rd-intensity). */
    as: z.string().optional(),
    options: z.record(z.string(), z.unknown()).default({}),
    ...SOURCE_FIELDS,
  })
  .refine(hasSource, NO_SOURCE)
  .transform(withSource);
export type PackCondition = z.infer<typeof PackConditionSchema>;

/** A rule pack: the documents a program requires, its mandatory conditions and how to recognise its submissions. */
export const PackSchema = z
  .object({
    ...SOURCE_FIELDS,
    id: z.string().regex(/^[a-z0-9-]+$/u),
    version: z.string(),
    /** Chinese title of the program. */
    title: z.string(),
    /** Province (or city) the program belongs to, as used in conditions. */
    region: z.string(),
    documents: z.object({ required: z.array(DocKindSchema), recommended: z.array(DocKindSchema).default([]) }),
    conditions: z.array(PackConditionSchema),
    /** Document kinds that point at this pack when no pack is named. */
    detectKinds: z.array(DocKindSchema),
    /** Words in the documents' opening lines that point at this pack (e.g. 企业技术中心). */
    detectWords: z.array(z.string()).default([]),
    /** Rules checked over the whole batch (seed 002): per-city quota and filing deadlines (MM-DD of the program year). */
    batchRules: z
      .object({ quotaPerCity: z.number().int().positive().optional(), cityDeadline: z.string().regex(/^\d{2}-\d{2}$/u).optional(), provinceDeadline: z.string().regex(/^\d{2}-\d{2}$/u).optional() })
      .optional(),
    /** Interpretation notes (Chinese) printed in every report of this pack. */
    notes: z.array(z.string()).default([]),
    /** The scoring rubric, when the program has one. */
    rubric: RubricSchema.optional(),
    /** Metrics the rubric reads from the submission's forms. */
    metrics: z.array(MetricSchema).default([]),
  })
  .refine(hasSource, NO_SOURCE)
  .transform(withSource);
export type Pack = z.infer<typeof PackSchema>;
export type PackInput = z.input<typeof PackSchema>;

/** Validates a pack definition at load time. */
export function definePack(input: PackInput): Pack {
  return PackSchema.parse(input);
}

/** A seed file name or number standing in for a citation (seeds/002_….txt, "002 附件3"). */
const SEED_REFERENCE = /seeds?\/|\b00[0-4](?:_[0-9a-f]+|\s)|\.txt\b/u;

/**
 * Problems with the sources a pack cites (Chinese, for `packs lint`): the pack and each condition
 * cite at least one notice of `notices` (the packs' notice table) exactly as the table has it, and
 * their text is that of their citations; each rubric indicator's source begins with 《title》（文号）
 * of a notice the pack cites; no source names a seed file instead of a notice.
 */
export function lintPackSources(pack: Pack, notices: readonly Notice[]): string[] {
  const problems: string[] = [];
  const byId = new Map(notices.map((n) => [n.id, n]));
  const checkCitations = (what: string, citations: readonly Citation[], source: string) => {
    if (citations.length === 0) problems.push(`${what}未按文件引用来源（标题、文号、条款）`);
    for (const c of citations) {
      const known = byId.get(c.notice.id);
      if (!known) problems.push(`${what}引用的文件 ${c.notice.id} 不在文件表中`);
      else if (formatNotice(known) !== formatNotice(c.notice) || known.issuer !== c.notice.issuer) problems.push(`${what}引用的${formatNotice(c.notice)}与文件表中的${formatNotice(known)}不一致`);
    }
    if (citations.length > 0 && source !== formatCitations(citations)) problems.push(`${what}的来源文字与其引用不一致`);
    if (SEED_REFERENCE.test(source)) problems.push(`${what}的来源引用了种子文件名而非文件标题：${source}`);
  };
  checkCitations('规则包', pack.citations, pack.source);
  for (const c of pack.conditions) checkCitations(`条件 ${c.as ?? c.id} `, c.citations, c.source);
  const cited = [...new Set(pack.citations.map((c) => formatNotice(c.notice)))];
  for (const ind of pack.rubric?.indicators ?? []) {
    if (!cited.some((prefix) => ind.source.startsWith(prefix))) problems.push(`指标 ${ind.id} 的出处未以本规则包所引文件（${cited.join('、')}）开头：${ind.source}`);
    if (SEED_REFERENCE.test(ind.source)) problems.push(`指标 ${ind.id} 的出处引用了种子文件名而非文件标题：${ind.source}`);
  }
  return problems;
}
