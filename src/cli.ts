#!/usr/bin/env node
import { Command, InvalidArgumentError } from 'commander';
import { runCheck } from './commands/check.js';
import { runExtract } from './commands/extract.js';
import { lintPacks, listPacks, showPack } from './commands/packs.js';
import { FORMATS, type Format } from './report/write-outputs.js';
import { EXIT } from './commands/exit-status.js';
import { limitNames, parseLimit } from './commands/limit-option.js';

function parseFormats(value: string): Format[] {
  const list = value.split(',').map((s) => s.trim()).filter(Boolean);
  if (list.length === 0) throw new InvalidArgumentError(`Expected at least one format from ${FORMATS.join(', ')}`);
  const bad = list.filter((f) => !(FORMATS as readonly string[]).includes(f));
  if (bad.length > 0) throw new InvalidArgumentError(`Expected formats from ${FORMATS.join(', ')}, got ${bad.join(', ')}`);
  return list as Format[];
}

function parsePositiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`Expected a whole number ≥ 1, got ${value}`);
  return n;
}

const program = new Command();
program
  .name('filings')
  .description('Checks filings of Chinese industrial technology innovation alliances against their program rules.')
  .option('--debug', 'on an internal error, print the stack trace')
  .exitOverride();

program
  .command('check')
  .description('check a batch folder, a submission folder or a .zip and write reports')
  .argument('<path>', 'batch folder (one sub-folder or .zip per submission), submission folder, or .zip')
  .option('--pack <id>', 'rule pack to apply (overrides submission.json and detection)')
  .option('--out <dir>', 'output folder', 'out')
  .option('--format <list>', `comma-separated formats (${FORMATS.join(',')})`, parseFormats, [...FORMATS])
  .option('--concurrency <n>', 'submissions processed at once (default: CPU cores)', parsePositiveInt)
  .option('--no-ocr', 'do not OCR scanned pages (they stay unreadable)')
  .option('--cache-dir <dir>', 'cache of parsed documents', '.cache/innovation-filings')
  .option('--no-cache', 'do not read or write the document cache')
  .option('--quiet', 'print nothing but errors')
  .option('--limit <name=value>', `change a budget of the run (repeatable): ${limitNames()}`, parseLimit)
  .action(async (target: string, opts) => {
    process.exitCode = await runCheck(target, opts);
  });

program
  .command('extract')
  .description('print the document model (blocks with provenance) and the typed record of one file')
  .argument('<file>', 'a DOCX or PDF file')
  .option('--json', 'print JSON instead of a readable outline')
  .option('--no-ocr', 'do not OCR scanned pages (they stay unreadable)')
  .action(async (file: string, opts: { json?: boolean; ocr?: boolean }) => {
    process.exitCode = await runExtract(file, opts);
  });

const packs = program.command('packs').description('list or show rule packs');
packs.command('list', { isDefault: true }).description('list the rule packs').action(() => listPacks());
packs
  .command('show')
  .argument('<id>', 'pack id')
  .description('show a pack: documents and conditions with their sources')
  .action((id: string) => {
    process.exitCode = showPack(id);
  });
packs
  .command('lint')
  .description('check every pack: rubric sums, tier gaps and overlaps, inputs, sources; list the flaws of the source rubrics')
  .action(() => {
    process.exitCode = lintPacks();
  });

/** An internal error (a bug): one clear line, the stack only with --debug, its own exit status. */
function internalError(err: unknown): void {
  const e = err instanceof Error ? err : new Error(String(err));
  const debug = process.argv.includes('--debug');
  process.stderr.write(`\nfilings: 内部错误：${e.message.split('\n')[0]}${debug ? `\n${e.stack ?? ''}` : '（加 --debug 显示详情）'}\n`);
  process.exitCode = EXIT.internal;
}

process.on('uncaughtException', (err) => {
  internalError(err);
  process.exit(EXIT.internal);
});
process.on('unhandledRejection', (err) => {
  internalError(err);
  process.exit(EXIT.internal);
});

try {
  await program.parseAsync(process.argv);
} catch (err) {
  const code = (err as { code?: string }).code;
  if (code === 'commander.helpDisplayed' || code === 'commander.version' || code === 'commander.help') process.exitCode = EXIT.passed;
  else if (typeof code === 'string' && code.startsWith('commander.')) process.exitCode = EXIT.usage;
  else internalError(err);
}
