import { z } from 'zod';
import * as model from '../model/index.js';
import { ReportSchema } from '../model/report.js';
import { SCHEMA_IDS } from './ids.js';
import { SummarySchema } from '../model/summary.js';

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

/**
 * The named schemas of the model (`EvidenceSchema` → `$defs/Evidence`), so that what is used more
 * than once is written once under a stable name; the rest used more than once get numbered names.
 */
function namedSchemas(): z.core.$ZodRegistry<{ id: string }> {
  const registry = z.registry<{ id: string }>();
  for (const [name, value] of Object.entries(model as Record<string, unknown>)) {
    if (name.endsWith('Schema') && value instanceof z.ZodType && name !== 'ReportSchema') registry.add(value, { id: name.slice(0, -'Schema'.length) });
  }
  return registry;
}

function fileSchema(schema: z.ZodType, id: string, title: string, description: string): Record<string, unknown> {
  const generated = z.toJSONSchema(schema, { io: 'input', target: 'draft-2020-12', reused: 'ref', metadata: namedSchemas() }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return { $schema, $id: id, title, description, ...rest };
}
