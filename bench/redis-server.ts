/**
 * A Redis of its own for the queue benchmark and tests: `redis-server` (the Debian package) on a
 * free port, without persistence, in a temporary folder; stopped and the folder removed after.
 * Without redis-server it throws a message naming the package (the tests fail with it, never skip).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export interface RedisServer {
  /** `redis://127.0.0.1:<port>`. */
  url: string;
  port: number;
  /** Kills the server and removes its folder. */
  stop(): Promise<void>;
}

/** The redis-server binary: Debian's, else the first on PATH; throws naming the package when there is none. */
export function redisServerBinary(): string {
  const candidates = ['/usr/bin/redis-server', ...(process.env.PATH ?? '').split(path.delimiter).filter(Boolean).map((dir) => path.join(dir, 'redis-server'))];
  for (const file of candidates) {
    try {
      accessSync(file, constants.X_OK);
      return file;
    } catch {
      // not this one
    }
  }
  throw new Error('redis-server not found: the queue tests and benchmark need the Debian package redis-server (apt-get install redis-server; .ci/run installs it)');
}

/** A TCP port nobody listens on now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Whether a Redis answers PING with +PONG on the port. */
function answersPing(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    let reply = '';
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(500, () => done(false));
    socket.once('error', () => done(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.on('data', (d) => {
      reply += d.toString('latin1');
      if (reply.includes('\r\n')) done(reply.startsWith('+PONG'));
    });
  });
}

/**
 * Starts a Redis of its own and resolves once it answers PING: on `port` when given (e.g. a server
 * started again where one was stopped, empty), else on a free port (another if the first is taken
 * meanwhile).
 */
export async function startRedis(options: { port?: number } = {}): Promise<RedisServer> {
  const binary = redisServerBinary();
  for (let attempt = 0; attempt < (options.port ? 1 : 3); attempt++) {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'filings-redis-'));
    const port = options.port ?? (await freePort());
    const child: ChildProcess = spawn(binary, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir], { stdio: ['ignore', 'ignore', 'pipe'] });
    let exited = false;
    const exit = new Promise<void>((resolve) => child.once('exit', () => ((exited = true), resolve())));
    const stop = async () => {
      if (!exited) {
        child.kill('SIGKILL');
        await exit;
      }
      await rm(dir, { recursive: true, force: true });
    };
    const deadline = Date.now() + 10_000;
    while (!exited && Date.now() < deadline) {
      if (await answersPing(port)) return { url: `redis://127.0.0.1:${port}`, port, stop };
      await sleep(50);
    }
    await stop();
  }
  throw new Error(options.port ? `redis-server did not start on port ${options.port}` : 'redis-server did not start (three ports tried)');
}
