import type { CommanderError } from 'commander';
import type { CliText } from './i18n.js';

/**
 * A usage error of commander (unknown option or command, missing or invalid value) in the
 * command line's language. Commander's messages are English; they are read back into their parts
 * (the option, the value, the reason given by our own parsers, which is already translated).
 */
export function usageMessage(err: CommanderError, text: CliText): string {
  const e = text.errors;
  const message = err.message.replace(/^error: /u, '');
  const suggestion = /\(Did you mean (.+?)\?\)/u.exec(message)?.[1] ?? '';
  const quoted = /'([^']*)'/u.exec(message)?.[1] ?? '';
  switch (err.code) {
    case 'commander.unknownOption':
      return e.unknownOption(quoted, suggestion);
    case 'commander.unknownCommand':
      return e.unknownCommand(quoted, suggestion);
    case 'commander.missingArgument':
      return e.missingArgument(quoted);
    case 'commander.optionMissingArgument':
      return e.optionMissingArgument(longFlag(quoted));
    case 'commander.excessArguments':
      return e.excessArguments(quoted);
    case 'commander.invalidArgument': {
      const m = /^option '(.+?)' argument '([^]*?)' is invalid\. ([^]*)$/u.exec(message) ?? /^command-argument value '([^]*?)' is invalid for argument '(.+?)'\. ([^]*)$/u.exec(message);
      if (!m) return e.other(message);
      return message.startsWith('option') ? e.invalidArgument(longFlag(m[1]), m[2], m[3]) : e.invalidArgument(m[2], m[1], m[3]);
    }
    default:
      return e.other(message);
  }
}

/** `-j, --concurrency <n>` → `--concurrency`. */
function longFlag(flags: string): string {
  return /--[\w-]+/u.exec(flags)?.[0] ?? flags;
}
