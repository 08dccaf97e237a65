import { Command, Help, Option } from 'commander';
import stringWidth from 'string-width';
import { padColumns } from '../report/formatters/console.js';
import type { CheckCliOptions } from './check.js';
import type { QueueUrl } from '../queue/queue-url.js';
import type { CorpusCliOptions } from './corpus.js';
import { FORMATS } from '../model/output-names.js';
import { cliText, type Lang } from './i18n.js';
import { limitNames, limitParser } from './limit-option.js';
import { optionParsers } from './option-parsers.js';
import { packageInfo } from './package-info.js';
import { queueUrlParser } from './queue-option.js';
import { queueText } from './queue-text.js';
import type { WorkerCliOptions } from './worker.js';

/**
 * The `filings` command line in one language: commands, options (short flags as CONTRACT.md has
 * them), help with its headings, defaults and exit statuses in that language. Usage errors are
 * thrown (exitOverride) and not printed, so that the caller prints them translated (usage-errors.ts).
 * Each command loads its code when it runs, so that `--version` and `--help` start at once.
 */
export function buildProgram(lang: Lang): Command {
  const t = cliText(lang);
  const q = queueText(lang);
  const parse = optionParsers(t);
  const program = new Command();
  program
    .name('filings')
    .usage(t.usage)
    .description(t.program)
    .exitOverride()
    .configureOutput({ outputError: () => {} })
    .configureHelp({
      showGlobalOptions: true,
      displayWidth: (s: string) => stringWidth(s),
      boxWrap: (s: string, width: number) => wrapColumns(s, width),
      subcommandTerm(cmd: Command) {
        const term = Help.prototype.subcommandTerm.call(this, cmd);
        return lang === 'en' ? term : term.replace('[options]', '[选项]').replace('[command]', '[命令]');
      },
      styleTitle: (title: string) => t.titles[title] ?? title,
      optionDescription: (option: Option) => describe(option.description, option.defaultValueDescription ?? (option.required || option.optional ? shown(option.defaultValue) : undefined)),
    })
    .helpOption('-h, --help', t.help)
    .helpCommand('help [command]', t.helpCommand)
    .version(packageInfo().version, '-V, --version', t.version)
    .addOption(new Option('--lang <lang>', t.lang).argParser(parse.lang).default('zh'))
    .option('--debug', t.debug)
    .addHelpText('after', `\n${t.exitStatuses}`);

  /** The language a command runs in: its --lang, else the one the help was built in. */
  function langOf(command: Command): Lang {
    return (command.optsWithGlobals() as { lang?: Lang }).lang ?? lang;
  }

  function describe(description: string, def: string | undefined): string {
    return def === undefined ? description : t.withDefault(description, def);
  }

  /** Adds the reading options `check` and `corpus` share (ReadingCliOptions, turned into run options by readingOptions). */
  function withReadingOptions(command: Command): Command {
    return command
      .option('-j, --concurrency <n>', t.check.concurrency, parse.positiveInt)
      .option('--no-ocr', t.check.ocr)
      .addOption(new Option('--ocr-second-pass <on|off>', t.check.ocrSecondPass).argParser(parse.onOff).default(true, 'on'))
      .option('--cache-dir <dir>', t.check.cacheDir, '.cache/innovation-filings')
      .option('--no-cache', t.check.cache)
      .option('--limit <name=value>', t.check.limit(limitNames()), limitParser(t));
  }

  withReadingOptions(
    program
      .command('check')
      .usage(t.check.usage)
      .description(t.check.description)
      .argument('<path...>', t.check.paths)
      .option('-p, --pack <id>', t.check.pack)
      .option('-o, --out <dir>', t.check.out, 'out')
      .addOption(new Option('-f, --format <list>', t.check.format(FORMATS.join(','))).argParser(parse.formats).default([...FORMATS], FORMATS.join(',')))
      .addOption(new Option('--stdout <format>', t.check.stdout).argParser(parse.stdout))
      .addOption(new Option('--fail-on <verdict>', t.check.failOn).argParser(parse.failOn).default('needs-review'))
      .option('-q, --quiet', t.check.quiet),
  )
    .option('--queue <url>', q.check.queue, queueUrlParser(lang))
    .addOption(new Option('--keep-days <n>', q.check.keepDays).argParser(parse.positiveInt))
    .addHelpText('after', `\n${examples(t.check.examples)}\n\n${t.exitStatuses}`)
    .action(async (paths: string[], opts: CheckCliOptions & { queue?: QueueUrl; keepDays?: number }, command: Command) => {
      const { queue, keepDays, ...local } = opts;
      if (queue) {
        const { runQueueCheck } = await import('./queue-check.js');
        process.exitCode = await runQueueCheck(paths, { ...local, queue, keepDays, lang: langOf(command) });
        return;
      }
      if (keepDays !== undefined) command.error(q.errors.keepDaysWithoutQueue);
      const { runCheck } = await import('./check.js');
      process.exitCode = await runCheck(paths, { ...local, lang: langOf(command) });
    });

  program
    .command('worker')
    .description(q.worker.description)
    .option('--queue <url>', q.worker.queue, queueUrlParser(lang))
    .option('-j, --concurrency <n>', q.worker.concurrency, parse.positiveInt, 1)
    .option('--cpus <n>', q.worker.cpus, parse.positiveInt)
    .option('--no-ocr', q.worker.ocr)
    .addOption(new Option('--ocr-second-pass <on|off>', q.worker.ocrSecondPass).argParser(parse.onOff))
    .option('--cache-dir <dir>', t.check.cacheDir, '.cache/innovation-filings')
    .option('--no-cache', t.check.cache)
    .option('--limit <name=value>', q.worker.limit(limitNames()), limitParser(t))
    .option('--lock-seconds <n>', q.worker.lockSeconds, parse.positiveInt, 30)
    .addHelpText('after', `\n${examples(q.worker.examples)}`)
    .action(async (opts: WorkerCliOptions, command: Command) => {
      const { runWorker } = await import('./worker.js');
      // --no-ocr restricts the jobs a worker takes only when given; by default a worker follows each job.
      const ocr = command.getOptionValueSource('ocr') === 'cli' ? opts.ocr : undefined;
      process.exitCode = await runWorker({ ...opts, ocr, lang: langOf(command) });
    });

  program
    .command('extract')
    .description(t.extract.description)
    .argument('<file>', t.extract.file)
    .option('--json', t.extract.json)
    .option('--no-ocr', t.check.ocr)
    .addOption(new Option('--ocr-second-pass <on|off>', t.check.ocrSecondPass).argParser(parse.onOff).default(true, 'on'))
    .action(async (file: string, opts: { json?: boolean; ocr?: boolean; ocrSecondPass?: boolean }, command: Command) => {
      const { runExtract } = await import('./extract.js');
      process.exitCode = await runExtract(file, { ...opts, lang: langOf(command) });
    });

  const packs = program.command('packs').description(t.packs.description);
  const packCommands = () => import('./packs.js');
  packs
    .command('list', { isDefault: true })
    .description(t.packs.list)
    .action(async () => (await packCommands()).listPacks());
  packs
    .command('show')
    .argument('<id>', t.packs.id)
    .description(t.packs.show)
    .action(async (id: string, _opts: unknown, command: Command) => {
      process.exitCode = (await packCommands()).showPack(id, langOf(command));
    });
  packs
    .command('lint')
    .description(t.packs.lint)
    .action(async () => {
      process.exitCode = (await packCommands()).lintPacks();
    });

  withReadingOptions(
    program
      .command('corpus')
      .usage(t.corpus.usage)
      .description(t.corpus.description)
      .argument('<path...>', t.check.paths)
      .option('-o, --out <dir>', t.corpus.out)
      .option('--pseudonymize', t.corpus.pseudonymize)
      .option('--salt <text>', t.corpus.salt)
      .option('-p, --pack <id>', t.check.pack),
  )
    .option('-q, --quiet', t.corpus.quiet)
    .addHelpText('after', `\n${examples(t.corpus.examples)}\n\n${t.corpus.exitStatuses}`)
    .action(async (paths: string[], opts: CorpusCliOptions, command: Command) => {
      const { runCorpusCommand } = await import('./corpus.js');
      process.exitCode = await runCorpusCommand(paths, { ...opts, lang: langOf(command) });
    });
  return program;
}

/** Chunks a line may break between: a Han or full-width character with the opening punctuation before it and the closing after it, or a run of other non-space characters; each with the spaces before it. */
const CHUNK = /\s*[（「『〔“]*(?:[\p{Script=Han}\u3000-\u303f\uff00-\uffef]|[^\s\p{Script=Han}\u3000-\u303f\uff00-\uffef]+)[，。、；：！？）」』〕”]*/gu;

/** Commander's boxWrap measured in terminal columns (CJK is two wide) and breaking between Chinese characters, not only at spaces. */
function wrapColumns(text: string, width: number): string {
  if (width < 40) return text;
  return text
    .split(/\r?\n/u)
    .map((line) => {
      const chunks = line.match(CHUNK);
      if (!chunks) return '';
      const lines: string[] = [];
      let current = '';
      for (const chunk of chunks) {
        if (current && stringWidth(current + chunk) > width) {
          lines.push(current);
          current = chunk.trimStart();
        } else current += chunk;
      }
      lines.push(current);
      return lines.join('\n');
    })
    .join('\n');
}

/** Examples as two columns, the second aligned in terminal columns. */
function examples({ title, lines }: { title: string; lines: [string, string][] }): string {
  const width = Math.max(...lines.map(([command]) => stringWidth(command)));
  return [title, ...lines.map(([command, what]) => `  ${padColumns(command, width)}  ${what}`)].join('\n');
}

function shown(value: unknown): string | undefined {
  if (value === undefined || typeof value === 'boolean') return undefined;
  return Array.isArray(value) ? value.join(',') : String(value);
}

