import { PACKS } from '../../checks/packs/index.js';
import type { CheckStreams } from './check.js';
import { EXIT } from './exit-status.js';
import { cliText, type CliText, type Lang } from './i18n.js';
import { ProgressDisplay } from './progress.js';

/** What a checking command (`check`, `corpus`) starts with: its texts, its progress line, and how it stops on bad usage. */
export interface CommandStart {
  text: CliText;
  progress: ProgressDisplay;
  /** Stops the progress line, prints the message as an error and gives the bad-usage exit status. */
  fail: (message: string) => number;
  /** The message for a --pack that names no pack, or null. */
  packProblem: (pack: string | undefined) => string | null;
}

export function startCommand(opts: { lang?: Lang; quiet?: boolean }, streams: CheckStreams): CommandStart {
  const text = cliText(opts.lang ?? 'zh');
  const progress = new ProgressDisplay(streams.stderr, text, !opts.quiet);
  return {
    text,
    progress,
    fail: (message) => {
      progress.stop();
      streams.stderr.write(`${text.errors.prefix}${message}\n`);
      return EXIT.usage;
    },
    packProblem: (pack) => (pack && !PACKS.has(pack) ? text.errors.unknownPack(pack, [...PACKS.keys()].join(', ')) : null),
  };
}
