import type { Evidence } from '../../model/evidence.js';
import type { DocKind } from '../../model/kinds.js';
import { col, type Column, type Row } from '../columns.js';

/** The columns evidenceColumns() fills: where the first evidence item of a value stands. */
export function evidenceColumnDefs(of: string, path: string): Column[] {
  return [
    col('evidence_count', 'INTEGER', '证据条数', `Evidence items of the ${of}`, `count of ${path}.evidence`, { unit: 'items' }),
    col('evidence_file', 'VARCHAR', '证据文件', `File of the first evidence item of the ${of}`, `${path}.evidence[0].file`),
    col('evidence_kind', 'VARCHAR', '证据文件类型', 'Document kind of that file, as the pipeline classified it (null when it names no file of the submission)', 'submission.documents[file = evidence_file].kind', { values: 'see documents.kind', privacy: 'none' }),
    col('evidence_page', 'INTEGER', '证据页码', 'Page of the first evidence item (PDF and scans; null for DOCX)', `${path}.evidence[0].page`, { unit: 'page (1-based)' }),
    col('evidence_location', 'VARCHAR', '证据位置', 'Where a person finds it in Word or on paper (Chinese), e.g. 表1 第7行「统一社会信用代码」栏', `${path}.evidence[0].location`),
    col('evidence_quote', 'VARCHAR', '证据原文', 'The text the value was read from (at most 160 characters)', `${path}.evidence[0].quote`),
  ];
}

/** The first evidence item's file, its document kind, page, location and quote, as the columns of evidenceColumnDefs. */
export function evidenceColumns(evidence: readonly Evidence[], kinds: ReadonlyMap<string, DocKind>): Row {
  const e = evidence[0];
  return {
    evidence_count: evidence.length,
    evidence_file: e?.file ?? null,
    evidence_kind: e ? (kinds.get(e.file) ?? null) : null,
    evidence_page: e?.page ?? null,
    evidence_location: e?.location ?? null,
    evidence_quote: e?.quote ?? null,
  };
}
