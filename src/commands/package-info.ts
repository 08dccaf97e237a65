import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The name and version of this package, from its package.json (found upwards from this file, in `src/` or `dist/src/`). */
export function packageInfo(): { name: string; version: string } {
  for (let dir = import.meta.dirname; ; dir = path.dirname(dir)) {
    const file = path.join(dir, 'package.json');
    if (existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'innovation-filings') return { name: pkg.name, version: pkg.version ?? '0.0.0' };
    }
    if (path.dirname(dir) === dir) return { name: 'innovation-filings', version: '0.0.0' };
  }
}
