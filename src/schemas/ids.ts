/**
 * The ids of the JSON Schemas of the JSON outputs. Each is the `$id` of its schema file and the
 * `$schema` every output of that kind names. An id is the file's package specifier
 * (`innovation-filings/schemas/report.schema.json`): the same on every machine and for every
 * output folder, and resolvable where the package is installed
 * (`import.meta.resolve(report.$schema)` gives the shipped file, through the package's `exports`).
 */
export const SCHEMA_IDS = {
  report: 'innovation-filings/schemas/report.schema.json',
  summary: 'innovation-filings/schemas/summary.schema.json',
} as const;

/** The schema file names, in the package's `schemas/` folder. */
export const SCHEMA_FILES = {
  report: 'report.schema.json',
  summary: 'summary.schema.json',
} as const satisfies Record<keyof typeof SCHEMA_IDS, string>;
