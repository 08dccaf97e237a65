import { LimitExceededError, type Limits } from '../model/limits.js';

/**
 * Pages one submission may send to OCR, counted per file and for the whole submission. A page is
 * admitted before it is rendered; once a budget is spent, every further page is refused with a
 * LimitExceededError that names the limit (the page stays unreadable, so its conditions are
 * `unknown`, never passed).
 */
export class OcrBudget {
  private pages = 0;
  private readonly perFile = new Map<string, number>();

  constructor(private readonly limits: Pick<Limits, 'ocrPagesPerFile' | 'ocrPagesPerSubmission'>) {}

  /** Admits one page of `file` or throws. */
  admit(file: string): void {
    const done = this.perFile.get(file) ?? 0;
    if (done >= this.limits.ocrPagesPerFile) throw new LimitExceededError('ocrPagesPerFile', this.limits.ocrPagesPerFile, '本页未识别');
    if (this.pages >= this.limits.ocrPagesPerSubmission) throw new LimitExceededError('ocrPagesPerSubmission', this.limits.ocrPagesPerSubmission, '本页未识别');
    this.perFile.set(file, done + 1);
    this.pages++;
  }
}
