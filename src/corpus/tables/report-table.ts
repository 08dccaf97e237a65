import type { DocKind } from '../../model/kinds.js';
import type { Report } from '../../model/report.js';
import type { Row, TableDef } from '../columns.js';

/** A table whose rows come from one report at a time, as each report arrives. */
export interface ReportTable extends TableDef {
  kind: 'table';
  rows: (report: Report) => Row[];
}

/** The kind the pipeline gave each file of a report, by file name. */
export function documentKinds(report: Report): ReadonlyMap<string, DocKind> {
  return new Map(report.submission.documents.map((d) => [d.file, d.kind]));
}
