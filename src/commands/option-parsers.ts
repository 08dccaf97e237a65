import { InvalidArgumentError } from 'commander';
import { FORMATS, type Format } from '../model/output-names.js';
import type { CliText } from './i18n.js';

/** What `--fail-on` accepts: the least serious verdict that makes the exit status 1. */
export const FAIL_ON = ['needs-review', 'fail'] as const;
export type FailOn = (typeof FAIL_ON)[number];

/** What `--stdout` accepts: the batch file printed on stdout (json: summary.json, csv: summary.csv, md: red-flags.md). */
export const STDOUT_FORMATS = ['json', 'csv', 'md'] as const satisfies readonly Format[];
export type StdoutFormat = (typeof STDOUT_FORMATS)[number];

/** The parsers of the command line's option values, with messages in the language of `text`; each throws InvalidArgumentError. */
export function optionParsers(text: CliText) {
  const e = text.errors;
  const oneOf =
    <T extends string>(choices: readonly T[]) =>
    (value: string): T => {
      if (!(choices as readonly string[]).includes(value)) throw new InvalidArgumentError(e.choice(value, choices.join(', ')));
      return value as T;
    };
  return {
    formats(value: string): Format[] {
      const list = value.split(',').map((s) => s.trim()).filter(Boolean);
      if (list.length === 0) throw new InvalidArgumentError(e.formatsEmpty(FORMATS.join(', ')));
      const bad = list.filter((f) => !(FORMATS as readonly string[]).includes(f));
      if (bad.length > 0) throw new InvalidArgumentError(e.formatsUnknown(bad.join(', '), FORMATS.join(', ')));
      return list as Format[];
    },
    positiveInt(value: string): number {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(e.wholeNumber(value));
      return n;
    },
    failOn: oneOf(FAIL_ON),
    stdout: oneOf(STDOUT_FORMATS),
    lang: oneOf(['zh', 'en'] as const),
    onOff: (value: string): boolean => oneOf(['on', 'off'] as const)(value) === 'on',
  };
}
