import { spawnSync } from 'node:child_process';

/** The id of a process that has ended (a temporary file named after it is an orphan). */
export function endedPid(): number {
  const child = spawnSync(process.execPath, ['-e', '']);
  if (!child.pid) throw new Error('Expected a child process id, got none');
  return child.pid;
}
