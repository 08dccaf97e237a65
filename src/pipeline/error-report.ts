import { SCHEMA_VERSION, type Report } from '../model/report.js';
import type { Facts } from '../model/facts.js';
import { INTERPRETATION_RULES } from './interpretation.js';

/**
 * The report of a submission that could not be checked at all (an unexpected error while it was
 * read or checked): verdict `error` (无法审查) with the cause, so that the batch goes on and the
 * summary still lists it.
 */
export function errorReport(id: string, cause: string): Report {
  return {
    schemaVersion: SCHEMA_VERSION,
    submission: { id, documents: [] },
    pack: null,
    facts: {} as Facts,
    conditions: [],
    score: null,
    verdict: 'error',
    flags: [],
    messages: [{ level: 'error', text: `无法审查：${cause}` }],
    interpretation: [...INTERPRETATION_RULES],
  };
}
