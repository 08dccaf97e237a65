import type { Block, PageInfo } from '../../src/model/document.js';

/** What a format reader returns: blocks with refs and pages, and recoverable messages. */
export interface FormatResult {
  blocks: Block[];
  /** Per-page quality (PDF and images); undefined for DOCX. */
  pages: PageInfo[] | undefined;
  messages: string[];
  /** Mean OCR confidence 0–1 when OCR produced the text. */
  ocrConfidence?: number;
}

/** A file that a reader cannot read, with a message for the report (Chinese). */
export class UnreadableFileError extends Error {
  constructor(
    message: string,
    /** Stable code: encrypted, corrupt, empty, unsupported, limit (a budget of the run was reached). */
    readonly code: 'encrypted' | 'corrupt' | 'empty' | 'unsupported' | 'limit',
  ) {
    super(message);
    this.name = 'UnreadableFileError';
  }
}
