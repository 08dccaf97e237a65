import type { Doc } from '../../src/model/document.js';
import { absent, found, unreadable, type Fact } from '../../src/model/fact.js';
import type { Facts } from '../../src/model/facts.js';
import { parseCount } from '../../src/text/count.js';
import { parseMoney } from '../../src/text/money.js';
import { parsePercent } from '../../src/text/percent.js';
import { parseNumber } from '../../src/text/numerals.js';
import { documentEvidence, evidenceAt, unreadablePages } from '../../src/model/doc-view.js';
import type { FieldHit, FormView } from '../layout/form-view.js';
import { hasAnswer } from '../../src/text/answers.js';

/** How a form value is parsed. */
export type ValueParser = 'text' | 'count' | 'money' | 'money-yi' | 'percent' | 'number';

/** One labelled field of a form: which record field it fills, its label aliases and its parser. */
export interface FormFieldSpec {
  key: keyof Facts;
  aliases: readonly string[];
  parse: ValueParser;
}

/** Parses a value string; null when it holds no value of that type. */
export function parseValue(parse: ValueParser, raw: string): string | number | null {
  switch (parse) {
    case 'text':
      return hasAnswer(raw) ? raw.trim() : null;
    case 'count':
      return parseCount(raw);
    case 'money':
      return parseMoney(raw, '万元')?.value ?? null;
    case 'money-yi':
      return parseMoney(raw, '亿元')?.value ?? null;
    case 'percent':
      return parsePercent(raw) ?? parseNumber(raw.replace(/[^\d.]/gu, ''));
    case 'number':
      return parseNumber(raw);
  }
}

/** A fact from a form hit: found with evidence, absent when blank or missing, unreadable when the document has unreadable pages. */
export function factFromHit<T>(doc: Doc, hit: FieldHit | null, value: T | null): Fact<T> {
  if (hit && value !== null) return found(value, [evidenceAt(doc, hit.at, hit.quote)], Math.min(1, hit.score, hit.at.confidence ?? 1));
  if (unreadablePages(doc).length > 0) return unreadable(hit ? [evidenceAt(doc, hit.at, hit.quote)] : [documentEvidence(doc)]);
  return absent(hit ? [evidenceAt(doc, hit.at, hit.quote)] : [documentEvidence(doc)]);
}

/** Reads every spec'd field of a form into facts. */
export function readFormFields(doc: Doc, view: FormView, specs: readonly FormFieldSpec[]): Facts {
  const facts: Record<string, Fact<unknown>> = {};
  for (const spec of specs) {
    const hit = view.find(spec.aliases, { nonEmpty: true });
    facts[spec.key] = factFromHit(doc, hit, hit ? parseValue(spec.parse, hit.value) : null);
  }
  return facts as Facts;
}
