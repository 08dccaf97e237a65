/**
 * Every registered condition is tested, described and consistent with the packs that use it.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONDITIONS } from '../../checks/conditions/index.js';
import { PACKS } from '../../checks/packs/index.js';
import type { Condition } from '../../src/engine/condition.js';
import { PackSchema } from '../../src/engine/pack.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CONDITIONS_DIR = path.join(ROOT, 'checks', 'conditions');
const TESTS_DIR = path.join(ROOT, 'test', 'checks', 'conditions');
const conditionFiles = readdirSync(CONDITIONS_DIR).filter((f) => f.endsWith('.ts') && f !== 'index.ts').sort();

/** Message ids a condition's source can return: `messageId: '…'` (any quoted id in the expression) and `documentMissing(documents, '…', '…')`. */
function returnedMessageIds(source: string): string[] {
  const ids = new Set<string>();
  for (const m of source.matchAll(/messageId:\s*([^,}\n]+)/gu)) for (const q of m[1].matchAll(/'([^']+)'/gu)) ids.add(q[1]);
  for (const m of source.matchAll(/documentMissing\(\s*\w+\s*,\s*'([^']+)'\s*,\s*'([^']+)'\s*\)/gu)) {
    ids.add(m[1]);
    ids.add(m[2]);
  }
  return [...ids].sort();
}

/** Registry id → condition file name (without .ts), by importing every file and matching the default export. */
const fileOf = new Map<string, string>();
beforeAll(async () => {
  for (const file of conditionFiles) {
    const mod = (await import(pathToFileURL(path.join(CONDITIONS_DIR, file)).href)) as { default?: Condition };
    const entry = [...CONDITIONS].find(([, c]) => c === mod.default);
    if (entry) fileOf.set(entry[0], file.replace(/\.ts$/u, ''));
  }
});

describe('the message-id scanner', () => {
  it('reads plain ids, ternaries and documentMissing calls', () => {
    const src = `return { status: 'fail', messageId: 'a' }; x = { messageId: u ? 'b' : 'c', data }; return documentMissing(documents, 'd', 'e');`;
    expect(returnedMessageIds(src)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
});

describe('conditions', () => {
  it('the registry holds every condition file, and only those', () => {
    expect(CONDITIONS.size).toBe(conditionFiles.length);
    expect([...fileOf.values()].sort()).toEqual(conditionFiles.map((f) => f.replace(/\.ts$/u, '')));
  });

  describe.each([...CONDITIONS.keys()])('%s', (id) => {
    const condition = CONDITIONS.get(id)!;

    it('has a test file at the mirrored path that imports it', () => {
      const base = fileOf.get(id);
      expect(base, `a file in checks/conditions/ default-exports ${id}`).toBeDefined();
      const testFile = path.join(TESTS_DIR, `${base}.test.ts`);
      expect(existsSync(testFile), `test/checks/conditions/${base}.test.ts exists`).toBe(true);
      expect(readFileSync(testFile, 'utf8')).toContain(`checks/conditions/${base}.js`);
    });

    it('meta.id equals its registry key', () => {
      expect(condition.meta.id).toBe(id);
      expect(id).toMatch(/^[a-z]+\.[a-z-]+$/u);
    });

    it('has a title, a description and at least one message', () => {
      expect(condition.meta.title.trim()).not.toBe('');
      expect(condition.meta.description.trim()).not.toBe('');
      const messages = Object.entries(condition.meta.messages);
      expect(messages.length).toBeGreaterThan(0);
      for (const [key, text] of messages) expect(text.trim(), `message ${key}`).not.toBe('');
    });

    it('declares every message id it can return, and returns every one it declares', () => {
      const source = readFileSync(path.join(CONDITIONS_DIR, `${fileOf.get(id)}.ts`), 'utf8');
      const returned = returnedMessageIds(source);
      expect(returned.length).toBeGreaterThan(0);
      const declared = Object.keys(condition.meta.messages).sort();
      expect(returned.filter((m) => !declared.includes(m)), 'returned but not declared').toEqual([]);
      expect(declared.filter((m) => !returned.includes(m)), 'declared but never returned').toEqual([]);
    });
  });
});

describe('packs', () => {
  it('the registry is not empty and keyed by pack id', () => {
    expect(PACKS.size).toBeGreaterThan(0);
    for (const [id, pack] of PACKS) expect(pack.id).toBe(id);
  });

  describe.each([...PACKS.keys()])('%s', (packId) => {
    const pack = PACKS.get(packId)!;

    it('validates with PackSchema', () => {
      const r = PackSchema.safeParse(pack);
      expect(r.success, r.success ? '' : r.error.message).toBe(true);
    });

    it('lists each condition once (a condition used several times has a distinct "as" id each time)', () => {
      const ids = pack.conditions.map((c) => c.as ?? c.id);
      expect(ids.filter((c, i) => ids.indexOf(c) !== i)).toEqual([]);
    });

    it.each(pack.conditions.map((c) => [c.as ?? c.id, c] as const))('%s: is registered, its options parse, it cites a source', (_id, entry) => {
      const condition = CONDITIONS.get(entry.id);
      expect(condition, `condition ${entry.id} is registered`).toBeDefined();
      const r = condition!.meta.options.safeParse(entry.options);
      expect(r.success, r.success ? '' : r.error.message).toBe(true);
      expect(entry.source.trim()).not.toBe('');
    });
  });
});
