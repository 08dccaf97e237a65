import { z } from 'zod';
import { ReportSchema } from '../model/report.js';
import { SCHEMA_IDS } from './ids.js';
import { SummarySchema } from './summary.js';

const SCHEMA_FIELD = (id: string) => z.string().optional().describe(`The JSON Schema of this file: ${id}`);

/**
 * The JSON Schemas of report.json and summary.json, generated from the zod schemas. They describe
 * what a reader accepts (zod's `input` side): fields with a default may be absent, and fields
 * not named are allowed, so that a file from a newer version with more fields still validates
 * (CONTRACT.md: fields are added freely, changed only with a schema version bump).
 */
export function jsonSchemas(): Record<keyof typeof SCHEMA_IDS, Record<string, unknown>> {
  return {
    report: fileSchema(ReportSchema.extend({ $schema: SCHEMA_FIELD(SCHEMA_IDS.report) }), SCHEMA_IDS.report, 'report.json', 'One submission checked against the conditions of its program (innovation-filings).'),
    summary: fileSchema(SummarySchema.extend({ $schema: SCHEMA_FIELD(SCHEMA_IDS.summary) }), SCHEMA_IDS.summary, 'summary.json', 'A batch of submissions: one row per submission, totals by verdict, batch findings (innovation-filings).'),
  };
}

function fileSchema(schema: z.ZodType, id: string, title: string, description: string): Record<string, unknown> {
  const generated = z.toJSONSchema(schema, { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return { $schema, $id: id, title, description, ...rest };
}
