/**
 * What a layout variant's report must share with its plain form's: every fact's status and value,
 * every condition's status, the verdict, and the points of every scored indicator. Evidence,
 * confidences and messages are where things are written, not what they are, and are left out;
 * so are the transcripts of text a variant words differently on purpose (LayoutVariant.transcripts).
 */
import type { Report } from '../../src/model/report.js';

/** Fields that say where or how surely something was read, not what was read. */
const PROVENANCE_KEYS = new Set(['evidence', 'confidence']);


/**
 * A value with provenance removed, object keys sorted, arrays in a fixed order (order carries no
 * meaning here) and whitespace taken out of strings (a line break or space in Chinese text is
 * where a line wrapped, not what it says).
 */
export function normalise(value: unknown): unknown {
  if (typeof value === 'string') return value.replace(/\s+/gu, '');
  if (Array.isArray(value)) return value.map(normalise).sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : JSON.stringify(a) > JSON.stringify(b) ? 1 : 0));
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([k, v]) => !PROVENANCE_KEYS.has(k) && v !== undefined);
    return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, normalise(v)]));
  }
  return value;
}

/** Everything compared, as flat key → JSON text; `skip` names facts left out. */
export function comparable(report: Report, skip: readonly string[] = []): Map<string, string> {
  const out = new Map<string, string>();
  out.set('verdict', JSON.stringify(report.verdict));
  out.set('pack', JSON.stringify(report.pack?.id ?? null));
  for (const [key, fact] of Object.entries(report.facts as Record<string, { status: string; value: unknown; conflicts?: unknown[] } | undefined>)) {
    if (!fact || skip.includes(key)) continue;
    const value = fact.status === 'found' ? normalise(fact.value) : `(${fact.status})`;
    out.set(`fact ${key}`, JSON.stringify(fact.conflicts?.length ? { value, conflicts: normalise(fact.conflicts) } : value));
  }
  for (const c of report.conditions) out.set(`condition ${c.id}`, JSON.stringify(c.status));
  if (report.score) {
    out.set('score total', JSON.stringify({ points: report.score.points, bonus: report.score.bonus, range: report.score.range }));
    for (const i of report.score.indicators) out.set(`indicator ${i.id}`, JSON.stringify({ points: i.points, range: i.range, claimed: i.claimed ?? null }));
  }
  return out;
}

const MAX_VALUE = 600;
const clip = (text: string): string => (text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE)}…` : text);

/** Items of `xs` beyond their count in `ys` (multiset difference). */
function beyond(xs: string[], ys: string[]): string[] {
  const left = new Map<string, number>();
  for (const y of ys) left.set(y, (left.get(y) ?? 0) + 1);
  return xs.filter((x) => {
    const n = left.get(x) ?? 0;
    if (n > 0) left.set(x, n - 1);
    return n === 0;
  });
}

const named = (xs: unknown[]): xs is { name: string }[] => xs.every((x) => x !== null && typeof x === 'object' && typeof (x as { name?: unknown }).name === 'string');

/**
 * Array values compared item by item: items with a name are paired by name and only their
 * differing fields shown; other items as a multiset (what only the plain form has, what only the
 * variant has).
 */
function arrayDiff(plain: string, variant: string): string | null {
  const a = JSON.parse(plain) as unknown;
  const b = JSON.parse(variant) as unknown;
  if (!Array.isArray(a) || !Array.isArray(b)) return null;
  const parts: string[] = [];
  if (named(a) && named(b)) {
    const names = [...new Set([...a, ...b].map((x) => x.name))];
    for (const name of names) {
      const xs = a.filter((x) => x.name === name);
      const ys = b.filter((x) => x.name === name);
      if (xs.length !== ys.length) {
        parts.push(`${name} ×${xs.length} → ×${ys.length}`);
        continue;
      }
      xs.forEach((x, i) => {
        const y = ys[i] as Record<string, unknown>;
        const fields = [...new Set([...Object.keys(x), ...Object.keys(y)])].filter((k) => JSON.stringify((x as Record<string, unknown>)[k]) !== JSON.stringify(y[k]));
        if (fields.length) parts.push(`${name} {${fields.map((k) => `${k}: ${JSON.stringify((x as Record<string, unknown>)[k]) ?? '–'} → ${JSON.stringify(y[k]) ?? '–'}`).join(', ')}}`);
      });
    }
    return clip(parts.join('; '));
  }
  const as = a.map((x) => JSON.stringify(x));
  const bs = b.map((x) => JSON.stringify(x));
  return `plain only [${clip(beyond(as, bs).join(', '))}] / variant only [${clip(beyond(bs, as).join(', '))}]`;
}

/**
 * One line per compared key whose plain and variant values differ: `key: plain → variant`.
 * `transcripts` names facts that transcribe text the variant words differently on purpose.
 */
export function reportDiff(plain: Report, variant: Report, transcripts: readonly string[] = []): string[] {
  const a = comparable(plain, transcripts);
  const b = comparable(variant, transcripts);
  const keys = [...new Set([...a.keys(), ...b.keys()])].sort();
  const lines: string[] = [];
  for (const key of keys) {
    const x = a.get(key) ?? '(none)';
    const y = b.get(key) ?? '(none)';
    if (x === y) continue;
    const sets = a.has(key) && b.has(key) ? arrayDiff(x, y) : null;
    lines.push(sets ? `${key}: ${sets}` : `${key}: ${clip(x)} → ${clip(y)}`);
  }
  return lines;
}
