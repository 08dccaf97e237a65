import { SHARED_PARTS, sharedPath } from './shared.js';

/** Global setup of `npm run test:sources`: fail the whole run at once, and clearly, when ../shared is missing. */
export default function setup(): void {
  for (const part of SHARED_PARTS) sharedPath(part);
}
