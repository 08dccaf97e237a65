import { DocKindSchema } from '../../model/kinds.js';
import { col } from '../columns.js';
import type { ReportTable } from './report-table.js';

/** One row per file of a submission: the kind the pipeline gave it, format, pages, OCR and reading quality. */
export const DOCUMENTS: ReportTable = {
  name: 'documents',
  kind: 'table',
  grain: 'one row per file of a submission',
  description: 'Documents (申报材料): every file of every submission, as the pipeline read and classified it.',
  columns: [
    col('submission', 'VARCHAR', '申报编号', 'Submission id', 'submission.id'),
    col('file', 'VARCHAR', '文件', 'File name relative to the submission folder or zip', 'submission.documents[].file'),
    col('kind', 'VARCHAR', '文件类型', 'Document kind the pipeline classified the file as', 'submission.documents[].kind', { values: DocKindSchema.options.join(' / '), privacy: 'none' }),
    col('kind_confidence', 'DOUBLE', '类型置信度', 'Confidence of the classification', 'submission.documents[].kindConfidence', { unit: '0–1' }),
    col('format', 'VARCHAR', '格式', 'Format sniffed from the bytes (never the extension)', 'submission.documents[].format', { values: 'docx / pdf / png / jpeg / tiff / doc / wps / zip / xlsx / … / unknown', privacy: 'none' }),
    col('pages', 'INTEGER', '页数', 'Pages (PDF and images); null for DOCX', 'submission.documents[].pages', { unit: 'pages' }),
    col('ocr', 'BOOLEAN', '经OCR', 'At least one page was read by OCR', 'submission.documents[].ocr'),
    col('quality', 'VARCHAR', '读取质量', 'How well the text could be read', 'submission.documents[].quality', { values: 'good / partial / unreadable / error', privacy: 'none' }),
    col('unreadable_pages', 'INTEGER', '无法读取的页数', 'Pages whose text could not be read', 'length of submission.documents[].unreadablePages', { unit: 'pages' }),
    col('error', 'VARCHAR', '错误', 'Why the file could not be read (Chinese); null when it was read', 'submission.documents[].error'),
    col('sha256', 'VARCHAR', 'SHA-256', 'SHA-256 of the file bytes (hex); empty when the file was not read', 'submission.documents[].sha256', { privacy: 'none' }),
  ],
  rows: (r) =>
    r.submission.documents.map((d) => ({
      submission: r.submission.id,
      file: d.file,
      kind: d.kind,
      kind_confidence: d.kindConfidence,
      format: d.format,
      pages: d.pages ?? null,
      ocr: d.ocr,
      quality: d.quality,
      unreadable_pages: d.unreadablePages?.length ?? 0,
      error: d.error ?? null,
      sha256: d.sha256,
    })),
};
