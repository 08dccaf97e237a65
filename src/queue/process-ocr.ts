import { OcrEngine } from '../../extractors/formats/index.js';

/**
 * The OCR engines of a worker process, one per second-reading setting, each made on the first job
 * that asks for it and shared by every later job: tesseract's workers start once per process, not
 * once per scanned submission. `terminate` ends them all (the worker closing).
 */
export class ProcessOcr {
  private readonly engines = new Map<boolean, OcrEngine>();

  constructor(private readonly workers: number) {}

  readonly engine = (secondPass: boolean): OcrEngine => {
    let engine = this.engines.get(secondPass);
    if (!engine) {
      engine = new OcrEngine({ workers: this.workers, secondPass });
      this.engines.set(secondPass, engine);
    }
    return engine;
  };

  async terminate(): Promise<void> {
    const engines = [...this.engines.values()];
    this.engines.clear();
    await Promise.all(engines.map((e) => e.terminate()));
  }
}
