import { InvalidArgumentError } from 'commander';
import { DEFAULT_LIMITS, LIMIT_LABELS, type Limits } from '../model/limits.js';

const SIZE_UNITS: Readonly<Record<string, number>> = { '': 1, B: 1, KB: 1024, MB: 1024 ** 2, GB: 1024 ** 3 };

/** The names `--limit` accepts, with their defaults, for help and error text. */
export function limitNames(): string {
  return (Object.keys(DEFAULT_LIMITS) as (keyof Limits)[]).map((k) => `${k}=${DEFAULT_LIMITS[k]}`).join(', ');
}

/**
 * Parses one `--limit name=value` and adds it to the limits given so far (commander's collect
 * pattern). Byte limits take KB, MB or GB (`fileBytes=256MB`); every value is a positive number.
 */
export function parseLimit(text: string, previous: Partial<Limits> = {}): Partial<Limits> {
  const m = /^\s*(\w+)\s*=\s*(\d+(?:\.\d+)?)\s*([KMG]?B)?\s*$/iu.exec(text);
  if (!m) throw new InvalidArgumentError(`expected name=value, e.g. fileBytes=256MB; names: ${limitNames()}`);
  const name = m[1] as keyof Limits;
  if (!(name in DEFAULT_LIMITS)) throw new InvalidArgumentError(`unknown limit "${m[1]}"; names: ${limitNames()}`);
  const unit = (m[3] ?? '').toUpperCase();
  if (unit && LIMIT_LABELS[name].unit !== 'bytes') throw new InvalidArgumentError(`${name} takes a plain number, not ${m[3]}`);
  const value = Number(m[2]) * SIZE_UNITS[unit];
  if (!(value > 0)) throw new InvalidArgumentError(`${name} must be greater than 0`);
  return { ...previous, [name]: value };
}
