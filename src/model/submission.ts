import { z } from 'zod';
import type { Message } from './finding.js';

/** submission.json: optional metadata a submission folder may carry. */
export const SubmissionMetaSchema = z
  .object({
    /** Rule pack id (overrides detection; --pack overrides this). */
    pack: z.string().optional(),
    /** Region (province / city) the submission was filed in. */
    region: z.string().optional(),
    /** Program year. */
    year: z.number().int().optional(),
    /** Date filed, ISO YYYY-MM-DD. */
    submittedAt: z.string().optional(),
    /** City or prefecture that recommends the submission (for per-city quotas). */
    city: z.string().optional(),
    /** Filed through the city bureau (city deadline) or directly to the province. */
    level: z.enum(['city', 'province']).optional(),
    /** Earlier assessment results by year (合格/不合格 → pass/fail). */
    assessments: z.array(z.object({ year: z.number().int(), result: z.enum(['pass', 'fail']) })).optional(),
    /** Years for which annual summaries are due, inclusive. */
    period: z.object({ from: z.number().int(), to: z.number().int() }).optional(),
  })
  .passthrough();
export type SubmissionMeta = z.infer<typeof SubmissionMetaSchema>;

/** The program year: `year`, else the year the submission was filed in; undefined when neither is known. */
export function programYear(meta: SubmissionMeta): number | undefined {
  return meta.year ?? (meta.submittedAt ? Number(meta.submittedAt.slice(0, 4)) : undefined);
}

/**
 * Formats sniffed from file bytes. `zip` is an archive that is no office document (a zip inside a
 * submission is not unpacked); `xlsx`, `pptx`, `odt`, `ods`, `odp` are office documents of other
 * kinds, told apart by their zip entries; `rar` and `7z` are other archives; `office-encrypted` is
 * a password-protected Word, Excel or PowerPoint file (an OLE2 file holding an EncryptedPackage).
 */
export const SniffedFormatSchema = z.enum(['docx', 'pdf', 'png', 'jpeg', 'tiff', 'doc', 'wps', 'zip', 'xlsx', 'pptx', 'odt', 'ods', 'odp', 'rar', '7z', 'office-encrypted', 'empty', 'unknown']);
export type SniffedFormat = z.infer<typeof SniffedFormatSchema>;

/** One file of a submission, as found on disk. */
export interface SubmissionFile {
  /** Name relative to the submission root. */
  name: string;
  bytes: Buffer;
  sha256: string;
  format: SniffedFormat;
}

/** A submission: a folder or a .zip holding one applicant's documents. */
export interface Submission {
  /** Folder or zip name without extension. */
  id: string;
  source: string;
  meta: SubmissionMeta;
  files: SubmissionFile[];
  /** Problems met while ingesting (bad submission.json, a damaged zip, files not read and why), each naming its file. */
  messages: Message[];
}
