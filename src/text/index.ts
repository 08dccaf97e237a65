/** The project's text-parsing library for Chinese filings; re-exports only. */

export * from './normalize.js';
export * from './numerals.js';
export * from './money.js';
export * from './percent.js';
export * from './count.js';
export * from './dates.js';
export * from './credit-code.js';
export * from './labels.js';
export * from './length.js';
export * from './articles.js';
export * from './quality.js';
export * from './checkboxes.js';
export * from './clauses.js';
export * from './organizations.js';
export * from './inline-counts.js';
export * from './answers.js';
