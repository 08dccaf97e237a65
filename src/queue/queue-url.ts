/** Why a `--queue` value is not a Redis address (QueueUrlError.reason), for the command line to say in its own language. */
export type QueueUrlProblem = 'syntax' | 'protocol' | 'port' | 'db';

/** Thrown by parseQueueUrl for a value that is not a Redis address; `reason` says why. */
export class QueueUrlError extends Error {
  constructor(
    /** The value as given. */
    readonly value: string,
    readonly reason: QueueUrlProblem,
  ) {
    super(`Expected redis://host:port[/db] or rediss://host:port[/db], got ${value} (${reason})`);
    this.name = 'QueueUrlError';
  }
}

/** Where the queue lives: a Redis server and database, from `--queue redis://[user:password@]host[:port][/db]`. */
export interface QueueUrl {
  host: string;
  /** TCP port (default 6379). */
  port: number;
  /** Redis database number (default 0). */
  db: number;
  username?: string;
  password?: string;
  /** `rediss://`: TLS. */
  tls: boolean;
  /** The address as shown in messages: the password replaced by `***`. */
  shown: string;
}

/** Parses a `--queue` value; throws QueueUrlError when it is not a redis:// or rediss:// address. */
export function parseQueueUrl(value: string): QueueUrl {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new QueueUrlError(value, 'syntax');
  }
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:') throw new QueueUrlError(value, 'protocol');
  if (!url.hostname) throw new QueueUrlError(value, 'syntax');
  const port = url.port === '' ? 6379 : Number(url.port);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new QueueUrlError(value, 'port');
  const dbText = url.pathname.replace(/^\//u, '');
  if (dbText !== '' && !/^\d{1,5}$/u.test(dbText)) throw new QueueUrlError(value, 'db');
  if (url.search || url.hash) throw new QueueUrlError(value, 'syntax');
  // WHATWG URLs keep IPv6 hosts in brackets; Redis clients want them bare.
  const host = url.hostname.replace(/^\[(.*)\]$/u, '$1');
  const username = url.username ? decodeURIComponent(url.username) : undefined;
  const password = url.password ? decodeURIComponent(url.password) : undefined;
  const auth = url.username || url.password ? `${url.username}${url.password ? ':***' : ''}@` : '';
  const db = dbText === '' ? 0 : Number(dbText);
  const shown = `${url.protocol}//${auth}${url.hostname}:${port}${db ? `/${db}` : ''}`;
  return { host, port, db, tls: url.protocol === 'rediss:', shown, ...(username ? { username } : {}), ...(password ? { password } : {}) };
}
