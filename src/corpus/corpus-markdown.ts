import { escapeMarkdown } from '../report/formatters/markdown-escape.js';
import { cellText, corpusSections, type SectionTable } from './corpus-sections.js';
import type { CorpusStatistics } from './statistics.js';

/** Notes on the dataset shown at the top of corpus.md and corpus.html. */
export function corpusNotes(options: { pseudonymized: boolean }): string[] {
  return [
    '数据集：corpus.duckdb（全部表和视图），parquet/ 与 csv/ 下每个表一个文件；字段说明见 codebook.md / codebook.json。',
    options.pseudonymized
      ? '已假名化（--pseudonymize）：人名、电话号码、电子邮箱和身份证号已替换为加盐哈希（P_…、TEL_…、EMAIL_…、ID_…），同一值在所有表中替换结果相同；单位名称保留。'
      : '未假名化：表中保留材料原文中的人名和联系方式；对外提供前请用 --pseudonymize 重新生成。',
    '.corpus-state/ 是续跑用的工作文件夹，保存未经假名化的原始行和文本（以及假名化的盐），仅供本机使用，不要随数据集提供。',
  ];
}

function table(t: SectionTable): string[] {
  const out: string[] = [];
  if (t.caption) out.push(`**${escapeMarkdown(t.caption)}**`, '');
  if (t.rows.length === 0) return [...out, '（无）', ''];
  out.push(`| ${t.columns.map((c) => (t.keys === false ? escapeMarkdown(c.header) : c.header === c.key ? `\`${c.key}\`` : `${escapeMarkdown(c.header)} \`${c.key}\``)).join(' | ')} |`);
  out.push(`|${t.columns.map((c) => (c.format === 'number' || c.format === 'percent' ? '---:' : '---')).join('|')}|`);
  for (const row of t.rows) out.push(`| ${t.columns.map((c) => escapeMarkdown(cellText(row[c.key], c.format))).join(' | ')} |`);
  return [...out, ''];
}

/** corpus.md: coverage, distributions, failure rates, near-duplicates and networks of the corpus, as Markdown tables. */
export function corpusMarkdown(stats: CorpusStatistics, options: { pseudonymized: boolean }): string {
  const out = ['# 语料统计 Corpus statistics', '', ...corpusNotes(options).map((n) => `> ${n}`), ''];
  for (const s of corpusSections(stats)) {
    out.push(`## ${s.title}`, '');
    if (s.note) out.push(escapeMarkdown(s.note), '');
    for (const t of s.tables) out.push(...table(t));
  }
  return `${out.join('\n').trimEnd()}\n`;
}
