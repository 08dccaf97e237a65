import { setTimeout as sleep } from 'node:timers/promises';

/** Waits until `what` holds, looking every 50 ms; throws after `timeoutMs`. */
export async function until(what: () => boolean | Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await what())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await sleep(50);
  }
}
