#!/usr/bin/env node
import { CommanderError } from 'commander';
import { EXIT } from './commands/exit-status.js';
import { cliText, langFromArgv } from './commands/i18n.js';
import { buildProgram } from './commands/program.js';
import { usageMessage } from './commands/usage-errors.js';

const lang = langFromArgv(process.argv.slice(2));
const text = cliText(lang);
const program = buildProgram(lang);

/** An internal error (a bug): one clear line, the stack only with --debug, its own exit status. */
function internalError(err: unknown): void {
  const e = err instanceof Error ? err : new Error(String(err));
  const debug = process.argv.includes('--debug');
  process.stderr.write(`\n${text.errors.prefix}${text.errors.internal}${e.message.split('\n')[0]}${debug ? `\n${e.stack ?? ''}` : text.errors.internalHint}\n`);
  process.exitCode = EXIT.internal;
}

// A reader that stops reading (`filings check … --stdout json | head`) ends the run quietly, not as an internal error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code !== 'EPIPE') throw err;
  process.exit(typeof process.exitCode === 'number' ? process.exitCode : EXIT.passed);
});

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
  const code = err instanceof CommanderError ? err.code : undefined;
  if (code === 'commander.helpDisplayed' || code === 'commander.version' || code === 'commander.help') process.exitCode = EXIT.passed;
  else if (err instanceof CommanderError && code?.startsWith('commander.')) {
    process.stderr.write(`${text.errors.prefix}${usageMessage(err, text)}${text.errors.hint}\n`);
    process.exitCode = EXIT.usage;
  } else internalError(err);
}
