/**
 * The language of the command line's own text: help, usage errors, progress and its messages
 * (`--lang zh|en`, Chinese by default). Reports and the messages of the checks stay Chinese.
 */
export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** The `--lang` value in argv (`--lang en`, `--lang=en`), read before commander parses, so that help is in that language; Chinese otherwise. */
export function langFromArgv(argv: readonly string[]): Lang {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') break;
    const value = a === '--lang' ? argv[i + 1] : a.startsWith('--lang=') ? a.slice('--lang='.length) : undefined;
    if (value !== undefined) return (LANGS as readonly string[]).includes(value) ? (value as Lang) : 'zh';
  }
  return 'zh';
}

/** Every text of the command line, in one language. */
export interface CliText {
  program: string;
  usage: string;
  help: string;
  helpCommand: string;
  version: string;
  debug: string;
  lang: string;
  titles: Record<string, string>;
  withDefault: (description: string, value: string) => string;
  exitStatuses: string;
  check: {
    description: string;
    usage: string;
    paths: string;
    pack: string;
    out: string;
    format: (all: string) => string;
    stdout: string;
    failOn: string;
    concurrency: string;
    ocr: string;
    ocrSecondPass: string;
    cacheDir: string;
    cache: string;
    quiet: string;
    limit: (names: string) => string;
    examples: { title: string; lines: [string, string][] };
  };
  extract: { description: string; file: string; json: string };
  packs: { description: string; list: string; show: string; id: string; lint: string };
  errors: {
    prefix: string;
    hint: string;
    unknownOption: (flag: string, suggestion: string) => string;
    unknownCommand: (name: string, suggestion: string) => string;
    missingArgument: (name: string) => string;
    optionMissingArgument: (flag: string) => string;
    invalidArgument: (flag: string, value: string, why: string) => string;
    excessArguments: (command: string) => string;
    other: (message: string) => string;
    formatsEmpty: (all: string) => string;
    formatsUnknown: (bad: string, all: string) => string;
    wholeNumber: (value: string) => string;
    choice: (value: string, all: string) => string;
    limitSyntax: (names: string) => string;
    limitUnknown: (name: string, names: string) => string;
    limitPlain: (name: string, unit: string) => string;
    limitPositive: (name: string) => string;
    unknownPack: (id: string, all: string) => string;
    pathMissing: (p: string) => string;
    pathNotRegular: (p: string) => string;
    pathEmpty: (p: string) => string;
    unreadableFile: (p: string) => string;
    noPath: string;
    noOcr: string;
    /** An OutputError as the language has it: zh keeps the error's own message; en names the folder and the error code. */
    outputUnwritable: (folder: string, zhMessage: string, code?: string) => string;
    staleKept: (path: string) => string;
    internal: string;
    internalHint: string;
    warning: string;
  };
  progress: {
    submissions: string;
    files: (done: number, cached: number) => string;
    pages: (n: number) => string;
    ocr: (done: number, total: number, rate: string) => string;
    elapsed: (seconds: string) => string;
    rate: (rate: string) => string;
  };
  corpus: {
    description: string;
    usage: string;
    out: string;
    pseudonymize: string;
    salt: string;
    quiet: string;
    exitStatuses: string;
    examples: { title: string; lines: [string, string][] };
    outRequired: string;
    resumed: (resumed: number, total: number) => string;
    exporting: string;
    /** The lines printed on stdout when the dataset is written. */
    done: (r: { submissions: number; checked: number; resumed: number; root: string; tables: number; pairs: number; boilerplate: number; pseudonymized: boolean; seconds: string }) => string;
  };
}

/** What file-system error codes mean for an output folder, in English (the Chinese are OutputError's own). */
const OUTPUT_REASONS_EN: Readonly<Record<string, string>> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'over the disk quota',
  EACCES: 'no permission to write',
  EPERM: 'no permission to write',
  EROFS: 'read-only file system',
  ENOTDIR: 'a file stands where a folder should be',
  EEXIST: 'a file of that name exists, not a folder',
  ENAMETOOLONG: 'a name is too long',
  EIO: 'a disk read or write error',
};

const EXIT_ZH = `退出状态：
  0  全部申报通过（--fail-on fail：没有不通过或无法审查的申报）
  1  有申报不通过、待核实或无法审查（--fail-on fail：不通过或无法审查）
  2  用法错误：未知选项、规则包或预算名，路径不存在，--format 为空，
     --out 无法写入，--queue 的 Redis 无法连接
  3  程序内部错误：stderr 上一行说明，加 --debug 显示堆栈`;

const EXIT_EN = `Exit status:
  0  every submission passed
     (--fail-on fail: none failed or could not be checked)
  1  a submission failed, needs review or could not be checked
     (--fail-on fail: one failed or could not be checked)
  2  bad usage: unknown option, pack or budget, missing path, empty --format,
     an --out that cannot be written, a --queue whose Redis does not answer
  3  internal error of the program: one line on stderr, the stack with --debug`;

/** The examples of `filings check --help`: command and what it does, in each language. */
const EXAMPLES: { zh: [string, string]; en: [string, string] }[] = [
  { zh: ['filings check 申报材料/', '审查一个批次，报告写入 out/'], en: ['filings check filings/', 'a batch, reports in out/'] },
  { zh: ['filings check a/ b.zip 申请书.docx -o 报告', '多个输入，报告写入 报告/'], en: ['filings check a/ b.zip form.docx -o reports', 'several inputs'] },
  { zh: ['filings check 批次/ --stdout json | jq .totals', 'summary.json 打印到标准输出'], en: ['filings check batch/ --stdout json | jq .totals', 'summary.json on stdout'] },
  { zh: ['filings check 批次/ -q --fail-on fail', '只列问题，不通过才退出 1'], en: ['filings check batch/ -q --fail-on fail', 'problems only; fail exits 1'] },
  { zh: ['filings check 批次/ --queue redis://10.0.0.5:6379', '交给 filings worker 审查，报告仍写入 out/'], en: ['filings check batch/ --queue redis://10.0.0.5:6379', 'checked by filings worker processes'] },
];

const ZH: CliText = {
  program: '读取产业技术创新联盟的申报材料，按所申报项目的官方条件逐条审查，并生成审查报告。',
  usage: '[选项] [命令]',
  help: '显示帮助',
  helpCommand: '显示某个命令的帮助',
  version: '显示版本号',
  debug: '内部错误时显示堆栈',
  lang: '帮助和命令行提示的语言：zh 或 en',
  titles: { 'Usage:': '用法：', 'Options:': '选项：', 'Commands:': '命令：', 'Arguments:': '参数：', 'Global Options:': '全局选项：' },
  withDefault: (d, v) => `${d}（默认：${v}）`,
  exitStatuses: EXIT_ZH,
  check: {
    description: '审查一个或多个批次文件夹、申报文件夹、.zip 或单个文件，写出报告',
    usage: '<路径...> [选项]',
    paths: '批次文件夹（每个子文件夹或 .zip 为一份申报）、申报文件夹、.zip，或单个 DOCX/PDF/图片文件（单独成一份申报）',
    pack: '使用的规则包（优先于 submission.json 和自动识别）',
    out: '输出文件夹',
    format: (all) => `写入 --out 的格式，逗号分隔（${all}）`,
    stdout: '把批次结果打印到标准输出：json（summary.json）、csv（summary.csv）或 md（red-flags.md），不再打印概要',
    failOn: '退出状态为 1 的门槛：needs-review（不通过、待核实或无法审查）或 fail（只看不通过和无法审查）',
    concurrency: '同时审查的申报数（默认：CPU 核数）',
    ocr: '不识别扫描页（扫描页视为无法读取）',
    ocrSecondPass: '扫描页的第二遍识别（PP-OCR 复核签字表、代码、数字和低置信度文字）：on 或 off',
    cacheDir: '已解析文档的缓存文件夹',
    cache: '不读写文档缓存',
    quiet: '只列出有问题的申报（不通过、待核实、无法审查）和批次问题',
    limit: (names) => `修改本次运行的预算（可重复）：${names}`,
    examples: { title: '示例：', lines: EXAMPLES.map((e) => e.zh) },
  },
  extract: { description: '打印单个文件的文档模型（带出处的内容块）和解析出的记录', file: 'DOCX、PDF 或图片文件', json: '输出 JSON 而不是可读的大纲' },
  packs: { description: '列出或查看规则包', list: '列出规则包', show: '查看规则包：材料、条件及其依据', id: '规则包 id', lint: '检查所有规则包：评分表合计、分档缺口与重叠、输入、依据；列出原文评分表的问题' },
  errors: {
    prefix: 'filings: ',
    hint: '（用 filings --help 查看用法）',
    unknownOption: (flag, suggestion) => `未知选项 ${flag}${suggestion ? `，是否想用 ${suggestion}？` : ''}`,
    unknownCommand: (name, suggestion) => `未知命令 ${name}${suggestion ? `，是否想用 ${suggestion}？` : ''}`,
    missingArgument: (name) => `缺少参数 <${name}>`,
    optionMissingArgument: (flag) => `选项 ${flag} 缺少取值`,
    invalidArgument: (flag, value, why) => `选项 ${flag} 的取值「${value}」无效：${why}`,
    excessArguments: (command) => `命令 ${command} 的参数过多`,
    other: (message) => message,
    formatsEmpty: (all) => `至少要给出一种格式（${all}）`,
    formatsUnknown: (bad, all) => `未知格式 ${bad}，可用：${all}`,
    wholeNumber: (value) => `应为不小于 1 的整数，实为 ${value}`,
    choice: (value, all) => `应为 ${all} 之一，实为 ${value}`,
    limitSyntax: (names) => `应为 名称=值，如 fileBytes=256MB；名称：${names}`,
    limitUnknown: (name, names) => `未知的预算「${name}」；名称：${names}`,
    limitPlain: (name, unit) => `${name} 只接受数字，不接受 ${unit}`,
    limitPositive: (name) => `${name} 必须大于 0`,
    unknownPack: (id, all) => `未知的规则包「${id}」，可用：${all}`,
    pathMissing: (p) => `路径不存在：${p}`,
    pathNotRegular: (p) => `不是文件夹或文件（管道或设备）：${p}`,
    pathEmpty: (p) => `${p} 中没有申报（子文件夹或 .zip 文件）`,
    unreadableFile: (p) => `文件不存在或无法读取：${p}`,
    noPath: '至少要给出一个路径',
    noOcr: '（可用 --no-ocr 跳过扫描页识别）',
    outputUnwritable: (_folder, zhMessage) => zhMessage,
    staleKept: (path) => `上次运行的输出 ${path} 无法删除`,
    internal: '内部错误：',
    internalHint: '（加 --debug 显示详情）',
    warning: '警告：',
  },
  progress: {
    submissions: '申报',
    files: (done, cached) => `文件 ${done}（缓存 ${cached}）`,
    pages: (n) => `页 ${n}`,
    ocr: (done, total, rate) => `识别 ${done}/${total} 页 ${rate} 页/秒`,
    elapsed: (s) => `用时 ${s}s`,
    rate: (r) => `${r} 文件/秒`,
  },
  corpus: {
    description: '把一个或多个批次审查成研究用数据集：Parquet、CSV 和 DuckDB 中的整齐表格、数据字典、字段覆盖率与分布统计、雷同文本与模板文字、单位—联盟网络',
    usage: '<路径...> --out <dir> [选项]',
    out: '输出文件夹（必填）：数据集、统计、数据字典，以及续跑用的 .corpus-state/',
    pseudonymize: '在所有输出中把人名、电话号码、电子邮箱和身份证号替换为加盐哈希（单位名称保留）',
    salt: '假名化所用的盐（默认随机生成并保存在 <out>/.corpus-state/salt，重跑结果不变）',
    quiet: '不显示进度',
    exitStatuses: `退出状态：
  0  数据集已写出（不论各申报是否通过）
  2  用法错误：未知选项或规则包，路径不存在，缺少或无法写入 --out
  3  程序内部错误：stderr 上一行说明，加 --debug 显示堆栈`,
    examples: {
      title: '示例：',
      lines: [
        ['filings corpus 申报材料/ --out 数据集', '审查整个语料并写出数据集；中断后原样重跑即可续跑'],
        ['filings corpus 2022/ 2023/ --out 数据集 --pseudonymize', '假名化后对外提供'],
      ],
    },
    outRequired: '缺少 --out <dir>：数据集要写入的文件夹',
    resumed: (resumed, total) => `共 ${total} 份申报，沿用上次运行的 ${resumed} 份，审查其余 ${total - resumed} 份`,
    exporting: '正在生成数据集（DuckDB、Parquet、CSV、统计、雷同文本）…',
    done: (r) =>
      [
        `共 ${r.submissions} 份申报（本次审查 ${r.checked} 份，沿用 ${r.resumed} 份），用时 ${r.seconds}s。数据集：${r.root}`,
        `  corpus.duckdb，parquet/ 与 csv/ 下 ${r.tables} 个表和视图，codebook.md/json，corpus.md，corpus.html`,
        `  雷同文档对 ${r.pairs} 对，模板段落 ${r.boilerplate} 段${r.pseudonymized ? '；已假名化' : ''}`,
      ].join('\n') + '\n',
  },
};

const EN: CliText = {
  program: 'Reads the filings of Chinese industrial technology innovation alliances, checks them against the official conditions of their program and writes reports.',
  usage: '[options] [command]',
  help: 'display help',
  helpCommand: 'display help for a command',
  version: 'print the version number',
  debug: 'on an internal error, print the stack trace',
  lang: 'language of help and command-line messages: zh or en',
  titles: {},
  withDefault: (d, v) => `${d} (default: ${v})`,
  exitStatuses: EXIT_EN,
  check: {
    description: 'check one or more batch folders, submission folders, .zip files or single documents and write reports',
    usage: '<path...> [options]',
    paths: 'batch folder (one sub-folder or .zip per submission), submission folder, .zip, or a single DOCX/PDF/image file (a submission of its own)',
    pack: 'rule pack to apply (overrides submission.json and detection)',
    out: 'output folder',
    format: (all) => `formats written under --out, comma-separated (${all})`,
    stdout: 'print the batch result on stdout: json (summary.json), csv (summary.csv) or md (red-flags.md), instead of the summary',
    failOn: 'what makes the exit status 1: needs-review (failed, needs review or could not be checked) or fail (failed or could not be checked)',
    concurrency: 'submissions checked at once (default: CPU cores)',
    ocr: 'do not OCR scanned pages (they stay unreadable)',
    ocrSecondPass: 'second reading of scanned pages (PP-OCR re-reads signature tables, codes, numbers and weakly read text): on or off',
    cacheDir: 'cache of parsed documents',
    cache: 'do not read or write the document cache',
    quiet: 'list only submissions with problems (failed, needs review, could not be checked) and batch findings',
    limit: (names) => `change a budget of the run (repeatable): ${names}`,
    examples: { title: 'Examples:', lines: EXAMPLES.map((e) => e.en) },
  },
  extract: { description: 'print the document model (blocks with provenance) and the typed record of one file', file: 'a DOCX, PDF or image file', json: 'print JSON instead of a readable outline' },
  packs: { description: 'list or show rule packs', list: 'list the rule packs', show: 'show a pack: documents and conditions with their sources', id: 'pack id', lint: 'check every pack: rubric sums, tier gaps and overlaps, inputs, sources; list the flaws of the source rubrics' },
  errors: {
    prefix: 'filings: ',
    hint: ' (see filings --help)',
    unknownOption: (flag, suggestion) => `unknown option ${flag}${suggestion ? `; did you mean ${suggestion}?` : ''}`,
    unknownCommand: (name, suggestion) => `unknown command ${name}${suggestion ? `; did you mean ${suggestion}?` : ''}`,
    missingArgument: (name) => `missing argument <${name}>`,
    optionMissingArgument: (flag) => `option ${flag} needs a value`,
    invalidArgument: (flag, value, why) => `option ${flag}: "${value}" is not valid: ${why}`,
    excessArguments: (command) => `too many arguments for ${command}`,
    other: (message) => message,
    formatsEmpty: (all) => `expected at least one format (${all})`,
    formatsUnknown: (bad, all) => `unknown format ${bad}; expected ${all}`,
    wholeNumber: (value) => `expected a whole number ≥ 1, got ${value}`,
    choice: (value, all) => `expected one of ${all}, got ${value}`,
    limitSyntax: (names) => `expected name=value, e.g. fileBytes=256MB; names: ${names}`,
    limitUnknown: (name, names) => `unknown limit "${name}"; names: ${names}`,
    limitPlain: (name, unit) => `${name} takes a plain number, not ${unit}`,
    limitPositive: (name) => `${name} must be greater than 0`,
    unknownPack: (id, all) => `unknown pack "${id}"; expected one of: ${all}`,
    pathMissing: (p) => `path does not exist: ${p}`,
    pathNotRegular: (p) => `neither a folder nor a file (a pipe or a device): ${p}`,
    pathEmpty: (p) => `no submissions (sub-folders or .zip files) in ${p}`,
    unreadableFile: (p) => `no such file, or it cannot be read: ${p}`,
    noPath: 'expected at least one path',
    noOcr: ' (--no-ocr skips reading scanned pages)',
    outputUnwritable: (folder, _zh, code) => `cannot write the output folder ${folder || '""'}${code ? ` (${code}${OUTPUT_REASONS_EN[code] ? `: ${OUTPUT_REASONS_EN[code]}` : ''})` : ''}`,
    staleKept: (path) => `an output of the previous run could not be removed: ${path}`,
    internal: 'internal error: ',
    internalHint: ' (--debug shows the details)',
    warning: 'warning: ',
  },
  progress: {
    submissions: 'submissions',
    files: (done, cached) => `files ${done} (${cached} cached)`,
    pages: (n) => `pages ${n}`,
    ocr: (done, total, rate) => `OCR ${done}/${total} pages ${rate} p/s`,
    elapsed: (s) => `${s}s`,
    rate: (r) => `${r} files/s`,
  },
  corpus: {
    description: 'check a corpus of one or more batches into a research dataset: tidy tables in Parquet, CSV and DuckDB, a codebook, field coverage and distributions, near-duplicates and boilerplate, the unit–alliance network',
    usage: '<path...> --out <dir> [options]',
    out: 'output folder (required): the dataset, statistics, codebook and the .corpus-state/ a re-run resumes from',
    pseudonymize: 'replace person names, phone numbers, e-mail addresses and ID numbers with salted hashes in every output (organisations stay)',
    salt: 'salt of the hashes (default: a random salt kept in <out>/.corpus-state/salt, so re-runs give the same hashes)',
    quiet: 'show no progress',
    exitStatuses: `Exit status:
  0  the dataset was written (whatever the verdicts)
  2  bad usage: unknown option or pack, missing path, --out missing or not writable
  3  internal error of the program: one line on stderr, the stack with --debug`,
    examples: {
      title: 'Examples:',
      lines: [
        ['filings corpus filings/ --out dataset', 'the whole corpus; run it again as it was to resume'],
        ['filings corpus 2022/ 2023/ --out dataset --pseudonymize', 'pseudonymised, to share'],
      ],
    },
    outRequired: 'missing --out <dir>: the folder to write the dataset to',
    resumed: (resumed, total) => `${total} submissions: ${resumed} resumed from the last run, checking ${total - resumed}`,
    exporting: 'building the dataset (DuckDB, Parquet, CSV, statistics, near-duplicates)…',
    done: (r) =>
      [
        `${r.submissions} submissions (${r.checked} checked, ${r.resumed} resumed) in ${r.seconds}s. Dataset: ${r.root}`,
        `  corpus.duckdb, ${r.tables} tables and views in parquet/ and csv/, codebook.md/json, corpus.md, corpus.html`,
        `  ${r.pairs} near-duplicate pairs, ${r.boilerplate} boilerplate paragraphs${r.pseudonymized ? '; pseudonymised' : ''}`,
      ].join('\n') + '\n',
  },
};

/** The command line's text in a language. */
export function cliText(lang: Lang): CliText {
  return lang === 'en' ? EN : ZH;
}
