import { z } from 'zod';
import { ReadingSchema } from './document.js';

/** Where a fact or finding came from: a file, a page (PDF) or block/cell ref (DOCX), and the quoted text. */
export const EvidenceSchema = z.object({
  /** File name relative to the submission folder. */
  file: z.string(),
  /** 1-based page number (PDF and images only; DOCX has no reliable pages). */
  page: z.number().int().positive().optional(),
  /** Stable JSON pointer into the Doc, e.g. "/blocks/12/rows/3/cells/1". */
  ref: z.string(),
  /** The text the value was read from, as extracted (normalised spacing). */
  quote: z.string(),
  /** Region on the page image, in pixels with origin top-left (OCR only). */
  bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]).optional(),
  /**
   * Where a person finds it in Word or on paper (Chinese): 「表1 第7行「统一社会信用代码」栏」,
   * 「第3段」, 「第2页 表1 第4行」. Filled in by the pipeline from the document; absent when unknown.
   */
  location: z.string().optional(),
  /** Both OCR readings of the quoted text where the two engines disagreed (scans): the quote is the first of them. */
  readings: z.array(ReadingSchema).optional(),
  /** The scanned region it rests on (a signature row), a JPEG data URI; filled in by the pipeline from the document, shown in report.html, left out of report.json. */
  image: z.string().startsWith('data:image/jpeg;base64,').optional(),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

/** Longest quote kept in evidence, in characters; longer quotes are cut with an ellipsis. */
export const MAX_QUOTE_CHARS = 160;

/** Builds evidence with a quote cut to MAX_QUOTE_CHARS. */
export function evidence(file: string, ref: string, quote: string, page?: number): Evidence {
  const cut = quote.length > MAX_QUOTE_CHARS ? `${quote.slice(0, MAX_QUOTE_CHARS - 1)}…` : quote;
  return page === undefined ? { file, ref, quote: cut } : { file, page, ref, quote: cut };
}
