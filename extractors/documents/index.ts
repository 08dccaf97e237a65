import type { Doc } from '../../src/model/document.js';
import type { Facts } from '../../src/model/facts.js';
import type { DocKind } from '../../src/model/kinds.js';
import type { DocumentRecord } from '../../src/model/record.js';
import { readAgreement } from './agreement.js';
import { readAnnualSummary } from './annual-summary.js';
import { readApplicationForm } from './application-form.js';
import { readCharter } from './charter.js';
import { readFeasibilityReport } from './feasibility-report.js';
import { readProposal } from './proposal.js';
import { readRecommendationForm } from './recommendation-form.js';
import { readSupportingEvidence } from './supporting-evidence.js';
import { readSelfEvaluation } from './self-evaluation.js';
import { readLabelledValues } from './labelled-values.js';
import { readCreditCodes } from '../facts/credit-codes.js';

/** The record reader of each document kind (explicit registry, sorted by kind). */
export const RECORD_READERS: Readonly<Record<DocKind, (doc: Doc) => Facts>> = {
  agreement: readAgreement,
  'annual-summary': readAnnualSummary,
  'application-form': readApplicationForm,
  charter: readCharter,
  'feasibility-report': readFeasibilityReport,
  proposal: readProposal,
  'recommendation-form': readRecommendationForm,
  'self-evaluation': readSelfEvaluation,
  'supporting-evidence': readSupportingEvidence,
  unknown: () => ({}),
};

/** Kinds laid out as forms, whose label → value pairs rubric metrics may be read from. */
const FORM_KINDS: readonly DocKind[] = ['application-form', 'proposal', 'recommendation-form', 'self-evaluation', 'supporting-evidence'];

/** The typed record of one document of a known kind. */
export function readRecord(doc: Doc, kind: DocKind): DocumentRecord {
  const facts = RECORD_READERS[kind](doc);
  if (!facts.labelledValues && FORM_KINDS.includes(kind)) facts.labelledValues = readLabelledValues(doc);
  if (kind !== 'unknown') facts.creditCodes = readCreditCodes(doc);
  return { file: doc.origin.file, kind, facts };
}
