import { FACT_COVERAGE, FACT_COVERAGE_BY_KIND } from './coverage.js';
import { NAME_CODE_CONFLICTS, UNIT_ALLIANCE_EDGES, UNITS_IN_MANY_ALLIANCES } from './networks.js';
import { CONDITION_OUTCOMES, CONDITION_OUTCOMES_BY_REGION_YEAR, VERDICTS_BY_REGION_YEAR } from './outcomes.js';
import type { SqlTable } from './sql-table.js';

/** The tables and views computed in DuckDB, in the order they are created (each may use those before it). */
export const SQL_TABLES: readonly SqlTable[] = [
  UNIT_ALLIANCE_EDGES,
  UNITS_IN_MANY_ALLIANCES,
  NAME_CODE_CONFLICTS,
  FACT_COVERAGE,
  FACT_COVERAGE_BY_KIND,
  CONDITION_OUTCOMES,
  CONDITION_OUTCOMES_BY_REGION_YEAR,
  VERDICTS_BY_REGION_YEAR,
];

export type { SqlTable };
