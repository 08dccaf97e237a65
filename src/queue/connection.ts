import type { RedisOptions } from 'bullmq';
import { Redis } from 'ioredis';
import type { QueueUrl } from './queue-url.js';

/** How long connecting to Redis may take before the queue counts as unreachable, ms. */
export const CONNECT_TIMEOUT_MS = 3000;

/** The oldest Redis BullMQ runs on. */
const MIN_REDIS_VERSION = [5, 0, 0] as const;

/** Why the queue cannot be used (QueueUnavailableError.reason). */
export type QueueProblem = 'unreachable' | 'lost' | 'version';

/**
 * The Redis server of `--queue` cannot be used: it did not answer within the connect timeout
 * (`unreachable`), the connection was lost for longer than a run waits (`lost`), or the server is
 * too old for BullMQ (`version`). `url` is the address without its password; `detail` the cause
 * (an error code such as ECONNREFUSED, or the server's version).
 */
export class QueueUnavailableError extends Error {
  constructor(
    readonly url: string,
    readonly reason: QueueProblem,
    readonly detail: string,
  ) {
    super(`Redis queue ${url} ${reason}: ${detail}`);
    this.name = 'QueueUnavailableError';
  }
}

/** Who connects: the coordinator of `check --queue` (commands fail fast while disconnected) or a worker (waits and reconnects for ever). */
export type QueueRole = 'coordinator' | 'worker';

/**
 * ioredis options for BullMQ's connections of one role. The coordinator's commands fail at once
 * while the connection is down (no offline queue, one retry), so that a lost server is noticed and
 * reported; a worker's wait for Redis as long as it takes (BullMQ requires maxRetriesPerRequest null
 * for workers) and reconnect with a capped back-off.
 */
export function redisOptions(url: QueueUrl, role: QueueRole): RedisOptions {
  const base: RedisOptions = {
    host: url.host,
    port: url.port,
    db: url.db,
    connectTimeout: CONNECT_TIMEOUT_MS,
    ...(url.username ? { username: url.username } : {}),
    ...(url.password ? { password: url.password } : {}),
    ...(url.tls ? { tls: { servername: url.host } } : {}),
  };
  return role === 'coordinator'
    ? { ...base, maxRetriesPerRequest: 1, enableOfflineQueue: false, retryStrategy: (times) => Math.min(times * 250, 2000) }
    : { ...base, maxRetriesPerRequest: null, retryStrategy: (times) => Math.min(times * 500, 5000) };
}

/**
 * A Redis client of one role for BullMQ's Queue and QueueEvents (which then leave it open: the
 * caller disconnects it). Its errors are heard here, so that ioredis does not print each failed
 * reconnection; the commands that fail say what happened.
 */
export function openClient(url: QueueUrl, role: QueueRole): Redis {
  const client = new Redis(redisOptions(url, role));
  client.on('error', () => undefined);
  return client;
}

/**
 * Connects once, without retrying, and checks that the server answers and runs Redis ≥ 5; throws
 * QueueUnavailableError within about `timeoutMs` otherwise. Commands, the coordinator and the
 * worker call it before any work, so that a wrong address is one clear message, never a hang.
 */
export async function checkReachable(url: QueueUrl, timeoutMs = CONNECT_TIMEOUT_MS): Promise<void> {
  const client = new Redis({ ...redisOptions(url, 'coordinator'), lazyConnect: true, connectTimeout: timeoutMs, retryStrategy: () => null, maxRetriesPerRequest: 0 });
  // The socket's own error (ECONNREFUSED, ENOTFOUND…) says more than connect()'s "Connection is closed"; kept, not logged.
  let socketError: unknown = null;
  client.on('error', (err) => (socketError ??= err));
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(Object.assign(new Error('timed out'), { code: 'ETIMEDOUT' })), timeoutMs + 1000);
  });
  let version: string;
  try {
    version = await Promise.race([
      (async () => {
        await client.connect();
        return /redis_version:([\d.]+)/u.exec(await client.info('server'))?.[1] ?? '0';
      })(),
      deadline,
    ]);
  } catch (err) {
    throw new QueueUnavailableError(url.shown, 'unreachable', describeError(socketError ?? err));
  } finally {
    clearTimeout(timer);
    client.disconnect();
  }
  if (olderThan(version, MIN_REDIS_VERSION)) throw new QueueUnavailableError(url.shown, 'version', version);
}

/** An error code (ECONNREFUSED, ENOTFOUND, ETIMEDOUT…) or else the first line of the message. */
export function describeError(err: unknown): string {
  const e = err as NodeJS.ErrnoException | undefined;
  if (e?.code && typeof e.code === 'string') return e.code;
  const message = (e?.message ?? String(err)).split('\n')[0];
  // ioredis words a connect timeout and a server that went away as plain messages.
  if (/timed? ?out/iu.test(message)) return 'ETIMEDOUT';
  if (/Connection is closed|max retries per request|Stream isn't writeable/iu.test(message)) return 'ECONNRESET';
  return message;
}

function olderThan(version: string, minimum: readonly number[]): boolean {
  const parts = version.split('.').map(Number);
  for (let i = 0; i < minimum.length; i++) {
    const p = parts[i] ?? 0;
    if (p !== minimum[i]) return p < minimum[i];
  }
  return false;
}
