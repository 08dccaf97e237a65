/**
 * Writes the JSON Schemas of report.json and summary.json (generated from the zod schemas) into
 * the package's `schemas/` folder. Run by `npm run build` after tsc:
 * `node dist/src/schemas/generate.js [folder]` (default: `schemas/` at the package root).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { SCHEMA_FILES } from './ids.js';
import { jsonSchemas } from './json-schemas.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
const folder = path.resolve(process.argv[2] ?? path.join(ROOT, 'schemas'));
await mkdir(folder, { recursive: true });
const schemas = jsonSchemas();
for (const key of Object.keys(SCHEMA_FILES) as (keyof typeof SCHEMA_FILES)[]) {
  await writeFile(path.join(folder, SCHEMA_FILES[key]), `${JSON.stringify(schemas[key], null, 2)}\n`);
}
