/**
 * The large-corpus options of generate.ts: `--count N --out <dir> [--seed S] [--near-duplicates K]`.
 * Progress every 500 submissions goes to stderr, the summary line to stdout.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { writeLargeCorpus } from './large-corpus.js';

/** A whole number from an option's text, or an error naming the option. */
function wholeNumber(name: string, text: string): number {
  const n = Number(text);
  if (!/^\d+$/u.test(text) || !Number.isSafeInteger(n)) throw new Error(`Expected --${name} to be a whole number, got ${text}`);
  return n;
}

/** Writes the large corpus when the arguments ask for one; false (and nothing written) when they do not. */
export async function largeCorpusCommand(argv: readonly string[]): Promise<boolean> {
  const { values } = parseArgs({ args: [...argv], options: { count: { type: 'string' }, out: { type: 'string' }, seed: { type: 'string' }, 'near-duplicates': { type: 'string' } } });
  if (values.count === undefined && values.out === undefined) return false;
  if (values.count === undefined || values.out === undefined) throw new Error(`Expected --count and --out together, got only --${values.count === undefined ? 'out' : 'count'}`);
  const count = wholeNumber('count', values.count);
  const out = path.resolve(values.out);
  const started = performance.now();
  const seconds = () => ((performance.now() - started) / 1000).toFixed(1);
  const { planted } = await writeLargeCorpus({
    count,
    out,
    seed: values.seed,
    nearDuplicates: wholeNumber('near-duplicates', values['near-duplicates'] ?? '0'),
    onProgress: (n) => {
      if (n % 500 === 0 && n < count) process.stderr.write(`${n}/${count} submissions, ${seconds()} s\n`);
    },
  });
  process.stdout.write(`wrote ${count} submissions and ${planted.length} planted near-duplicate pairs to ${out} in ${seconds()} s\n`);
  return true;
}
