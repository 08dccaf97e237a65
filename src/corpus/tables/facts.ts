import { FactStatusSchema } from '../../model/fact.js';
import { FactsSchema } from '../../model/facts.js';
import { col } from '../columns.js';
import { evidenceColumnDefs, evidenceColumns } from './evidence-columns.js';
import { documentKinds, type ReportTable } from './report-table.js';

/** Keys left out of a value's JSON: evidence nested in values (members, codes, labelled values) and scan images; the report keeps them. */
const LEFT_OUT = new Set(['evidence', 'image']);

/** A fact's value as compact JSON text, nested evidence left out; null when there is no value. */
export function valueJson(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return JSON.stringify(value, (key, v: unknown) => (LEFT_OUT.has(key) ? undefined : v));
}

function valueType(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value === 'object' ? 'object' : typeof value;
}

/** Long format: one row per fact a report carries, with its status, value, confidence and first evidence. */
export const FACTS_TABLE: ReportTable = {
  name: 'facts',
  kind: 'table',
  grain: 'one row per submission × fact the report carries',
  description: 'Facts (事实) read from each submission: status, value as JSON text, confidence and where the value stands (long format). A fact the report does not carry has no row.',
  columns: [
    col('submission', 'VARCHAR', '申报编号', 'Submission id', 'submission.id'),
    col('pack', 'VARCHAR', '规则包', 'Rule pack of the submission', 'pack.id', { privacy: 'none' }),
    col('fact', 'VARCHAR', '事实', 'Fact name (CONTRACT.md, src/model/facts.ts)', 'key of facts', { values: FactsSchema.keyof().options.join(' / '), privacy: 'none' }),
    col('status', 'VARCHAR', '状态', 'found: read with evidence; absent: the document was read and holds no such value; unreadable: could not be read reliably', 'facts[fact].status', { values: FactStatusSchema.options.join(' / '), privacy: 'none' }),
    col('value_type', 'VARCHAR', '取值类型', 'JSON type of the value', 'typeof facts[fact].value', { values: 'string / number / boolean / array / object / null', privacy: 'none' }),
    col('value_json', 'VARCHAR', '取值（JSON）', 'The value as JSON text, evidence nested in it left out (see report.json)', 'facts[fact].value'),
    col('value_text', 'VARCHAR', '取值（文本）', 'A string, number or boolean value as text; null for arrays and objects', 'facts[fact].value'),
    col('items', 'INTEGER', '条目数', 'Items of an array value; null otherwise', 'length of facts[fact].value', { unit: 'items' }),
    col('confidence', 'DOUBLE', '置信度', 'Confidence of the reading: 1 for born-digital text read exactly, lower for fuzzy labels or OCR', 'facts[fact].confidence', { unit: '0–1' }),
    col('conflicts', 'INTEGER', '冲突取值数', 'Other values other documents gave for the same fact', 'length of facts[fact].conflicts', { unit: 'values' }),
    ...evidenceColumnDefs('fact', 'facts[fact]'),
  ],
  rows: (r) => {
    const kinds = documentKinds(r);
    return Object.entries(r.facts).flatMap(([name, fact]) => {
      if (!fact) return [];
      const value: unknown = fact.value;
      const type = valueType(value);
      return [
        {
          submission: r.submission.id,
          pack: r.pack?.id ?? null,
          fact: name,
          status: fact.status,
          value_type: type,
          value_json: valueJson(value),
          value_text: type === 'string' || type === 'number' || type === 'boolean' ? String(value) : null,
          items: Array.isArray(value) ? value.length : null,
          confidence: fact.confidence,
          conflicts: fact.conflicts?.length ?? 0,
          ...evidenceColumns(fact.evidence, kinds),
        },
      ];
    });
  },
};
