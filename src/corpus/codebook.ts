import { escapeMarkdown } from '../report/formatters/markdown-escape.js';
import { CORPUS_SCHEMA_VERSION, privacyOf, type TableDef } from './columns.js';

/** What --pseudonymize does to a column, as the codebook says it. */
const PRIVACY_TEXT = { none: 'kept', org: 'phones, e-mail addresses, ID numbers replaced', text: 'person names, phones, e-mail addresses, ID numbers replaced' } as const;

/** codebook.json: the dataset's schema version and every column of every table and view. */
export function codebookJson(tables: readonly TableDef[], tool: { name: string; version: string }): string {
  const doc = {
    schemaVersion: CORPUS_SCHEMA_VERSION,
    tool,
    files: { database: 'corpus.duckdb', parquet: 'parquet/<table>.parquet', csv: 'csv/<table>.csv' },
    tables: tables.map((t) => ({
      name: t.name,
      kind: t.kind,
      grain: t.grain,
      description: t.description,
      columns: t.columns.map((c) => ({
        name: c.name,
        type: c.type,
        label: c.label,
        meaning: c.meaning,
        unit: c.unit ?? '',
        values: c.values ?? '',
        source: c.source,
        pseudonymize: privacyOf(c),
      })),
    })),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** codebook.md: the same as a document (Chinese headings, English field names). */
export function codebookMarkdown(tables: readonly TableDef[], tool: { name: string; version: string }): string {
  const out: string[] = [
    `# 数据字典 Codebook`,
    '',
    `schemaVersion: ${CORPUS_SCHEMA_VERSION} · ${tool.name} ${tool.version}`,
    '',
    '每个表和视图都在 `corpus.duckdb` 中，并各有 `parquet/<table>.parquet` 与 `csv/<table>.csv`（UTF-8 带 BOM；以 = + - @ 开头的文本前加 `\'`，Parquet 与 DuckDB 保持原值）。',
    'Every table and view is in `corpus.duckdb` and in `parquet/<table>.parquet` and `csv/<table>.csv`.',
    '',
    '`.corpus-state/` 是续跑用的工作文件夹（未经假名化的原始行和文本、假名化的盐），不属于数据集，不要对外提供。',
    '`.corpus-state/` is the working folder a re-run resumes from (raw rows and texts, the salt): not part of the dataset, never to be shared.',
    '',
    '## 表 Tables',
    '',
    '| table | kind | 一行是 grain |',
    '|---|---|---|',
    ...tables.map((t) => `| [\`${t.name}\`](#${t.name}) | ${t.kind} | ${escapeMarkdown(t.grain)} |`),
  ];
  for (const t of tables) {
    out.push(
      '',
      `## ${t.name}`,
      '',
      escapeMarkdown(t.description),
      '',
      `一行是 Grain: ${escapeMarkdown(t.grain)}`,
      '',
      '| column | type | 中文名 | meaning | unit | allowed values | source | --pseudonymize |',
      '|---|---|---|---|---|---|---|---|',
      ...t.columns.map(
        (c) => `| \`${c.name}\` | ${c.type} | ${escapeMarkdown(c.label)} | ${escapeMarkdown(c.meaning)} | ${escapeMarkdown(c.unit ?? '')} | ${escapeMarkdown(c.values ?? '')} | ${escapeMarkdown(c.source)} | ${PRIVACY_TEXT[privacyOf(c)]} |`,
      ),
    );
  }
  return `${out.join('\n')}\n`;
}
