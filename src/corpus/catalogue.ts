import type { TableDef } from './columns.js';
import { SQL_TABLES } from './derived/registry.js';
import { META } from './meta.js';
import { BOILERPLATE, NEAR_DUPLICATES } from './similarity.js';
import { REPORT_TABLES } from './tables/registry.js';

/** Tables loaded from NDJSON files of the build folder: the report tables, the similarity tables and meta. */
export const LOADED_TABLES: readonly TableDef[] = [...REPORT_TABLES, NEAR_DUPLICATES, BOILERPLATE, META];

/** Every table and view of the dataset, in codebook order: loaded ones first, then those computed in DuckDB. */
export const DATASET_TABLES: readonly TableDef[] = [...LOADED_TABLES, ...SQL_TABLES];
