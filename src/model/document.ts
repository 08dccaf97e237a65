import { z } from 'zod';

/** State of a tick box: read from a glyph (□ ☑ ☒ ■ √) or a Word checkbox control. */
export const CheckboxStateSchema = z.enum(['checked', 'unchecked', 'unknown']);
export type CheckboxState = z.infer<typeof CheckboxStateSchema>;

/** One tick box and the option label that follows it ("□有" → label "有"). */
export const CheckboxSchema = z.object({
  state: CheckboxStateSchema,
  label: z.string(),
});
export type Checkbox = z.infer<typeof CheckboxSchema>;

/** A region of a page image: [x0, y0, x1, y1] in pixels, origin top-left (OCR only). */
export const BoxSchema = z.tuple([z.number(), z.number(), z.number(), z.number()]);

/** One engine's reading of an OCR'd line or cell, kept when the two readings of a scan disagree. */
export const ReadingSchema = z.object({
  /** tesseract: the page reading (layout, boxes); pp-ocr: the second reading of the regions that decide verdicts. */
  engine: z.enum(['tesseract', 'pp-ocr']),
  text: z.string(),
  /** 0–1 as that engine gave it. */
  confidence: z.number().min(0).max(1),
});
export type Reading = z.infer<typeof ReadingSchema>;

const located = {
  /** Stable JSON pointer of this item inside the Doc. */
  ref: z.string(),
  /** 1-based page (PDF only). */
  page: z.number().int().positive().optional(),
  /** Region on the (deskewed) page image, pixels, origin top-left (OCR only). */
  bbox: BoxSchema.optional(),
  /** 0–1: lowest OCR word confidence of the item (OCR only; born-digital text has none). */
  confidence: z.number().min(0).max(1).optional(),
  /** Words read below the minimum fact confidence: [start, end, confidence], offsets in `text` (OCR only). */
  weak: z.array(z.tuple([z.number().int(), z.number().int(), z.number()])).optional(),
  /** 0–1: lowest confidence of the item's other words, those outside `weak` (OCR only). */
  sound: z.number().min(0).max(1).optional(),
  /** Both readings, when the second OCR reading disagreed with the first (OCR only): `text` is the second's, `confidence` the lower. */
  readings: z.array(ReadingSchema).optional(),
};

/** A red seal impression found on a page image. */
export const SealSchema = z.object({ bbox: BoxSchema, roundness: z.number() });

export const CellSchema = z.object({
  ...located,
  /** Cell text; paragraphs inside the cell joined with "\n". */
  text: z.string(),
  /** Grid columns covered (≥ 1); merged cells are kept once, never cloned. */
  colSpan: z.number().int().positive(),
  /** Grid rows covered (≥ 1). */
  rowSpan: z.number().int().positive(),
  checkboxes: z.array(CheckboxSchema).optional(),
  /** A seal impression overlapping the cell (scans). */
  seal: SealSchema.optional(),
  /** Handwriting found in the cell (scans). */
  handwriting: z.literal(true).optional(),
  /** An image is placed over the cell: a seal or a signature pasted in as a picture (born-digital PDFs). */
  image: z.literal(true).optional(),
});
export type Cell = z.infer<typeof CellSchema>;

export const RowSchema = z.object({
  cells: z.array(CellSchema),
  /** The row as scanned, a JPEG data URI (OCR'd signature rows only: a seal or handwriting in it). */
  image: z.string().startsWith('data:image/jpeg;base64,').optional(),
});
export type Row = z.infer<typeof RowSchema>;

export const BlockSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('heading'), ...located, level: z.number().int().min(1).max(6), text: z.string() }),
  z.object({
    type: z.literal('paragraph'),
    ...located,
    text: z.string(),
    checkboxes: z.array(CheckboxSchema).optional(),
  }),
  z.object({ type: z.literal('listItem'), ...located, level: z.number().int().min(0), text: z.string() }),
  z.object({ type: z.literal('table'), ...located, rows: z.array(RowSchema) }),
]);
export type Block = z.infer<typeof BlockSchema>;
export type TableBlock = Extract<Block, { type: 'table' }>;

/** How well a page's text could be read. */
export const PageQualitySchema = z.enum(['good', 'poor', 'unreadable']);
export type PageQuality = z.infer<typeof PageQualitySchema>;

export const PageInfoSchema = z.object({
  /** 1-based page number. */
  number: z.number().int().positive(),
  quality: PageQualitySchema,
  /** Non-space characters in the page's text layer. */
  chars: z.number().int().nonnegative(),
  /** Why the page is not 'good' (empty text layer, replacement characters, …). */
  reason: z.string().optional(),
  /** The page was read by OCR. */
  ocr: z.boolean().optional(),
  /** Mean OCR confidence of the page, 0–1. */
  ocrConfidence: z.number().optional(),
  /** The page image OCR read: size in pixels, resolution, deskew angle (degrees). */
  image: z.object({ width: z.number(), height: z.number(), dpi: z.number(), deskewDeg: z.number() }).optional(),
  /** Seal impressions found on the page image. */
  seals: z.array(SealSchema).optional(),
});
export type PageInfo = z.infer<typeof PageInfoSchema>;

export const DocFormatSchema = z.enum(['docx', 'pdf', 'image']);
export type DocFormat = z.infer<typeof DocFormatSchema>;

export const DocSchema = z.object({
  /** sha256 of the file bytes (hex). */
  id: z.string(),
  origin: z.object({
    file: z.string(),
    format: DocFormatSchema,
    /** Number of pages (PDF); absent for DOCX. */
    pages: z.number().int().nonnegative().optional(),
  }),
  quality: z.object({
    /** Overall text layer: good (all pages readable), partial (some pages unreadable), none. */
    textLayer: z.enum(['good', 'partial', 'none']),
    /** Mean OCR confidence 0–1 where OCR was used. */
    ocrConfidence: z.number().min(0).max(1).optional(),
  }),
  pages: z.array(PageInfoSchema).optional(),
  blocks: z.array(BlockSchema),
  /** Recoverable problems met while reading (unrecognised elements, fonts, …). */
  messages: z.array(z.string()),
});
export type Doc = z.infer<typeof DocSchema>;
