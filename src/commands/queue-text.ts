/**
 * The command line's text for scale-out on a queue (`check --queue`, `filings worker`), in each
 * language, as i18n.ts has the rest: help, usage errors, and the lines the coordinator and the
 * workers print. Reports stay Chinese.
 */
import type { Verdict } from '../model/finding.js';
import type { QueueProblem } from '../queue/connection.js';
import type { QueueUrlProblem } from '../queue/queue-url.js';
import { VERDICT_LABELS } from '../report/labels.js';
import type { Lang } from './i18n.js';

export interface QueueText {
  check: { queue: string; keepDays: string };
  worker: {
    description: string;
    queue: string;
    concurrency: string;
    cpus: string;
    ocr: string;
    ocrSecondPass: string;
    limit: (names: string) => string;
    lockSeconds: string;
    examples: { title: string; lines: [string, string][] };
  };
  errors: {
    badUrl: (reason: QueueUrlProblem) => string;
    noQueue: string;
    keepDaysWithoutQueue: string;
    unavailable: (url: string, reason: QueueProblem, detail: string) => string;
  };
  /** Lines of the coordinator (check --queue). */
  coordinator: {
    enqueued: (n: { added: number; requeued: number; finished: number; pending: number }) => string;
    noWorkers: (url: string) => string;
    redisError: (url: string, detail: string) => string;
  };
  /** Lines of a worker. */
  log: {
    ready: (name: string, url: string, concurrency: number, readers: number, ocrWorkers: number, cache: string | null) => string;
    started: (id: string, attempt: number) => string;
    done: (id: string, verdict: Verdict, seconds: string) => string;
    failed: (id: string, attempt: number, reason: string, final: boolean) => string;
    handedBack: (id: string) => string;
    redisError: (url: string, detail: string) => string;
    stopping: string;
    stopped: string;
  };
}

const URL_SHAPE = 'redis://主机:端口[/库号]';

const ZH: QueueText = {
  check: { queue: `不在本机审查，而是把每份申报作为任务放入 Redis 队列（${URL_SHAPE}），由 filings worker 审查，报告仍由本命令写出；各台机器须在同一路径看到输入文件夹`,
    keepDays: '与 --queue 同用：已完成的任务及其报告在 Redis 中保留的天数，其间重新运行同一命令直接取回报告（默认 7）',
  },
  worker: {
    description: '作为工作进程审查 Redis 队列中的申报（由 filings check --queue 放入），直到收到 SIGTERM 或 SIGINT',
    queue: `Redis 队列地址：${URL_SHAPE}，rediss:// 为 TLS`,
    concurrency: '同时审查的申报数',
    cpus: '本进程使用的 CPU 核数（默认：全部）：读取线程数和文字识别进程数都等于核数，由各任务共用',
    ocr: '只审查以 --no-ocr 提交的任务（其他任务在本进程失败，按重试次数交给其他工作进程）',
    ocrSecondPass: '只审查第二遍识别为该值（on 或 off）的任务',
    limit: (names) => `只审查这些预算取值的任务（可重复）：${names}`,
    lockSeconds: '任务锁的时长（秒）：工作进程中断后，其任务在约 1.5 倍该时长内转给其他工作进程',
    examples: {
      title: '示例：',
      lines: [
        ['filings worker --queue redis://10.0.0.5:6379', '审查队列中的申报，直到按 Ctrl-C'],
        ['filings worker --queue redis://10.0.0.5:6379 -j 2 --cpus 4', '同时两份，每份两个核'],
      ],
    },
  },
  errors: {
    badUrl: (reason) => `应为 ${URL_SHAPE}${reason === 'protocol' ? '（只支持 redis:// 和 rediss://）' : reason === 'port' ? '（端口应为 1–65535）' : reason === 'db' ? '（库号应为整数）' : ''}`,
    noQueue: `缺少 --queue（${URL_SHAPE}）`,
    keepDaysWithoutQueue: '--keep-days 只用于 --queue（本机审查不在 Redis 中保留任何内容）',
    unavailable: (url, reason, detail) =>
      reason === 'version'
        ? `Redis 队列 ${url} 的版本为 ${detail}，BullMQ 需要 5.0 及以上`
        : reason === 'lost'
          ? `与 Redis 队列 ${url} 的连接中断，长时间未恢复（${detail}）；已完成的报告已写出，重新运行同一命令即可继续`
          : `无法连接 Redis 队列 ${url}（${detail}）；请确认 Redis 已启动、地址和端口正确、网络可达`,
  },
  coordinator: {
    enqueued: (n) => `队列：新任务 ${n.added}，已完成 ${n.finished}，仍在排队或审查 ${n.pending}，重试此前失败的 ${n.requeued}`,
    noWorkers: (url) => `队列 ${url} 上没有工作进程，等待中（用 filings worker --queue ${url} 启动）`,
    redisError: (url, detail) => `与 Redis 队列 ${url} 的连接出错（${detail}），正在重连`,
  },
  log: {
    ready: (name, url, concurrency, readers, ocrWorkers, cache) => `工作进程 ${name} 已连接 ${url}：同时 ${concurrency} 份，${readers} 个读取线程，${ocrWorkers} 个文字识别进程（各任务共用），缓存 ${cache ?? '关闭'}`,
    started: (id, attempt) => `开始 ${id}${attempt > 1 ? `（第 ${attempt} 次）` : ''}`,
    done: (id, verdict, seconds) => `完成 ${id}：${VERDICT_LABELS[verdict]}（${seconds} 秒）`,
    failed: (id, attempt, reason, final) => `失败 ${id}（第 ${attempt} 次${final ? '，不再重试' : '，稍后重试'}）：${reason}`,
    handedBack: (id) => `已交还队列 ${id}`,
    redisError: (url, detail) => `与 Redis 队列 ${url} 的连接出错（${detail}），正在重连`,
    stopping: '正在停止：完成手头的申报后退出（再按一次 Ctrl-C 或再发一次 SIGTERM 则交还队列并立即退出）',
    stopped: '已停止',
  },
};

const EN: QueueText = {
  check: { queue: 'do not check here: put each submission as a job on this Redis queue (redis://host:port[/db]) for filings worker processes; this command still writes the reports; every machine must see the input folder at the same path',
    keepDays: 'with --queue: days finished jobs and their reports stay in Redis, for the same command run again to collect them (default 7)',
  },
  worker: {
    description: 'check the submissions on a Redis queue (put there by filings check --queue) until SIGTERM or SIGINT',
    queue: 'Redis queue: redis://host:port[/db], rediss:// for TLS',
    concurrency: 'submissions checked at once',
    cpus: 'CPU cores this process uses (default: all): as many reader threads and as many OCR workers, shared by its jobs',
    ocr: 'check only jobs of checks run with --no-ocr (others fail here and are tried again, possibly by another worker)',
    ocrSecondPass: 'check only jobs whose second OCR reading is this (on or off)',
    limit: (names) => `check only jobs with these budgets (repeatable): ${names}`,
    lockSeconds: "lock time of a job, seconds: a dead worker's jobs go to other workers within about 1.5 times this",
    examples: {
      title: 'Examples:',
      lines: [
        ['filings worker --queue redis://10.0.0.5:6379', 'check queued submissions until Ctrl-C'],
        ['filings worker --queue redis://10.0.0.5:6379 -j 2 --cpus 4', 'two at once, two cores each'],
      ],
    },
  },
  errors: {
    badUrl: (reason) => `expected redis://host:port[/db]${reason === 'protocol' ? ' (only redis:// and rediss://)' : reason === 'port' ? ' (port 1–65535)' : reason === 'db' ? ' (the database is a number)' : ''}`,
    noQueue: 'missing --queue (redis://host:port[/db])',
    keepDaysWithoutQueue: '--keep-days goes with --queue (a check on this machine keeps nothing in Redis)',
    unavailable: (url, reason, detail) =>
      reason === 'version'
        ? `the Redis server of ${url} runs ${detail}; BullMQ needs 5.0 or later`
        : reason === 'lost'
          ? `lost the connection to the Redis queue ${url} for too long (${detail}); the reports already in are written, run the same command again to go on`
          : `cannot connect to the Redis queue ${url} (${detail}); is Redis running, and are the host and port right?`,
  },
  coordinator: {
    enqueued: (n) => `queue: ${n.added} new jobs, ${n.finished} already done, ${n.pending} waiting or running, ${n.requeued} failed before and tried again`,
    noWorkers: (url) => `no worker on the queue ${url}; waiting (start one with filings worker --queue ${url})`,
    redisError: (url, detail) => `connection to the Redis queue ${url} failed (${detail}); reconnecting`,
  },
  log: {
    ready: (name, url, concurrency, readers, ocrWorkers, cache) => `worker ${name} connected to ${url}: ${concurrency} at once, ${readers} reader threads, ${ocrWorkers} OCR workers shared by its jobs, cache ${cache ?? 'off'}`,
    started: (id, attempt) => `started ${id}${attempt > 1 ? ` (try ${attempt})` : ''}`,
    done: (id, verdict, seconds) => `done ${id}: ${verdict} (${seconds} s)`,
    failed: (id, attempt, reason, final) => `failed ${id} (try ${attempt}${final ? ', no more tries' : ', will be tried again'}): ${reason}`,
    handedBack: (id) => `handed back ${id}`,
    redisError: (url, detail) => `connection to the Redis queue ${url} failed (${detail}); reconnecting`,
    stopping: 'stopping: finishing the submissions in hand (Ctrl-C or SIGTERM again hands them back and exits now)',
    stopped: 'stopped',
  },
};

/** The queue commands' text in a language. */
export function queueText(lang: Lang): QueueText {
  return lang === 'en' ? EN : ZH;
}
