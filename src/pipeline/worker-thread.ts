import { Worker, type ResourceLimits } from 'node:worker_threads';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Starts a worker thread on a module of this project. Built code (`dist/…/*.js`) runs as it is;
 * when the project runs from its TypeScript sources (the test runner), the worker first registers
 * the TypeScript loader the tests use, then imports the `.ts` module.
 */
export function startWorker(module: URL, options: { resourceLimits?: ResourceLimits; workerData?: unknown } = {}): Worker {
  if (!module.pathname.endsWith('.ts')) return new Worker(module, options);
  const loader = pathToFileURL(tsxEsmApi()).href;
  const boot = `import(${JSON.stringify(loader)}).then((api) => { api.register(); return import(${JSON.stringify(module.href)}); })`;
  return new Worker(boot, { ...options, eval: true });
}

/** The ES module entry of tsx's loader API (`require.resolve` would give its CommonJS twin). */
function tsxEsmApi(): string {
  const require = createRequire(import.meta.url);
  const manifest = require.resolve('tsx/package.json');
  const exports = (require(manifest) as { exports: Record<string, { import: { default: string } }> }).exports;
  return path.join(path.dirname(manifest), exports['./esm/api'].import.default);
}
