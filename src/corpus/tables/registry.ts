import { CONDITIONS_TABLE } from './conditions.js';
import { DOCUMENTS } from './documents.js';
import { FACTS_TABLE } from './facts.js';
import { FLAGS } from './flags.js';
import { INDICATORS } from './indicators.js';
import { MEMBERS } from './members.js';
import type { ReportTable } from './report-table.js';
import { SUBMISSIONS } from './submissions.js';

/** The tables filled from each report as it arrives, in the order the codebook lists them. */
export const REPORT_TABLES: readonly ReportTable[] = [SUBMISSIONS, DOCUMENTS, MEMBERS, CONDITIONS_TABLE, INDICATORS, FACTS_TABLE, FLAGS];

export type { ReportTable };
