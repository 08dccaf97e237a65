import { InvalidArgumentError } from 'commander';
import { DEFAULT_LIMITS, LIMIT_LABELS, type Limits } from '../model/limits.js';
import { cliText, type CliText } from './i18n.js';

const SIZE_UNITS: Readonly<Record<string, number>> = { '': 1, B: 1, KB: 1024, MB: 1024 ** 2, GB: 1024 ** 3 };

/** The names `--limit` accepts, with their defaults, for help and error text. */
export function limitNames(): string {
  return (Object.keys(DEFAULT_LIMITS) as (keyof Limits)[]).map((k) => `${k}=${DEFAULT_LIMITS[k]}`).join(', ');
}

/**
 * The parser of `--limit name=value` with its messages in the language of `text`: each value is
 * added to the limits given so far (commander's collect pattern). Byte limits take KB, MB or GB
 * (`fileBytes=256MB`); every value is a positive number.
 */
export function limitParser(text: CliText = cliText('zh')): (value: string, previous?: Partial<Limits>) => Partial<Limits> {
  const e = text.errors;
  return (value, previous = {}) => {
    const m = /^\s*(\w+)\s*=\s*(\d+(?:\.\d+)?)\s*([KMG]?B)?\s*$/iu.exec(value);
    if (!m) throw new InvalidArgumentError(e.limitSyntax(limitNames()));
    const name = m[1] as keyof Limits;
    if (!(name in DEFAULT_LIMITS)) throw new InvalidArgumentError(e.limitUnknown(m[1], limitNames()));
    const unit = (m[3] ?? '').toUpperCase();
    if (unit && LIMIT_LABELS[name].unit !== 'bytes') throw new InvalidArgumentError(e.limitPlain(name, m[3]));
    const n = Number(m[2]) * SIZE_UNITS[unit];
    if (!(n > 0)) throw new InvalidArgumentError(e.limitPositive(name));
    return { ...previous, [name]: n };
  };
}

/** Parses one `--limit name=value` (Chinese messages); see limitParser. */
export const parseLimit = limitParser();
