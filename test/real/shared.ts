import { existsSync } from 'node:fs';
import path from 'node:path';

/** The project's shared folder (seeds, real documents, the external set), beside the repository. */
export const SHARED = path.resolve(import.meta.dirname, '..', '..', '..', 'shared');

/** What `npm run test:sources` needs in ../shared. */
export const SHARED_PARTS = ['seeds', 'real/cfia', 'external/batch', 'external/expected', 'external/score.mjs'] as const;

/** A path inside ../shared; throws (never skips) when it is not there. */
export function sharedPath(...parts: string[]): string {
  const p = path.join(SHARED, ...parts);
  if (!existsSync(p)) throw new Error(`Expected ${p} (the shared folder beside the repository), got nothing there. The source tests need ../shared; \`npm test\` does not.`);
  return p;
}
