import { CONDITIONS } from '../../checks/conditions/index.js';
import { PACKS } from '../../checks/packs/index.js';
import { DEFAULT_LIMITS, type Limits } from '../model/limits.js';
import type { RunOptions } from '../pipeline/run.js';

/** The reading options `check` and `corpus` share on the command line. */
export interface ReadingCliOptions {
  pack?: string;
  concurrency?: number;
  cache: boolean;
  cacheDir: string;
  ocr: boolean;
  ocrSecondPass?: boolean;
  limit?: Partial<Limits>;
}

/** The run options those command-line options stand for, with this package's packs and conditions. */
export function readingOptions(opts: ReadingCliOptions): Pick<RunOptions, 'pack' | 'concurrency' | 'ocr' | 'ocrSecondPass' | 'limits' | 'packs' | 'conditions'> & { cacheDir: string | null } {
  return {
    pack: opts.pack,
    concurrency: opts.concurrency,
    cacheDir: opts.cache ? opts.cacheDir : null,
    ocr: opts.ocr,
    ocrSecondPass: opts.ocrSecondPass,
    limits: { ...DEFAULT_LIMITS, ...opts.limit },
    packs: PACKS,
    conditions: CONDITIONS,
  };
}
