import { mkdirSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceFingerprint } from '../../src/corpus/fingerprint.js';
import { discover } from '../../src/pipeline/ingest.js';
import { tempDir } from './corpus-fixture.js';

async function fingerprintOf(folder: string): Promise<string> {
  const [source] = await discover(folder);
  return sourceFingerprint(source);
}

describe('sourceFingerprint', () => {
  it('stays the same while nothing changes and changes when a file is edited, touched, added or renamed', async () => {
    const dir = path.join(tempDir('fingerprint'), 'sub');
    mkdirSync(path.join(dir, '附件'), { recursive: true });
    writeFileSync(path.join(dir, 'a.docx'), 'one');
    writeFileSync(path.join(dir, '附件', 'b.pdf'), 'two');
    const at = new Date('2024-01-01T00:00:00Z');
    utimesSync(path.join(dir, 'a.docx'), at, at);
    const first = await fingerprintOf(dir);
    expect(await fingerprintOf(dir)).toBe(first);
    writeFileSync(path.join(dir, 'a.docx'), 'One');
    utimesSync(path.join(dir, 'a.docx'), at, at);
    const edited = await fingerprintOf(dir);
    expect(edited, 'same size and time: content edits that keep both are not seen').toBe(first);
    writeFileSync(path.join(dir, 'a.docx'), 'one more');
    utimesSync(path.join(dir, 'a.docx'), at, at);
    const grown = await fingerprintOf(dir);
    expect(grown).not.toBe(first);
    utimesSync(path.join(dir, 'a.docx'), at, new Date('2024-02-01T00:00:00Z'));
    const touched = await fingerprintOf(dir);
    expect(touched).not.toBe(grown);
    writeFileSync(path.join(dir, 'c.pdf'), '');
    const added = await fingerprintOf(dir);
    expect(added).not.toBe(touched);
  });

  it('lists a symbolic link without following it', async () => {
    const root = tempDir('fingerprint-link');
    const dir = path.join(root, 'sub');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'a.docx'), 'one');
    writeFileSync(path.join(root, 'target.pdf'), 'x');
    symlinkSync(path.join(root, 'target.pdf'), path.join(dir, 'link.pdf'));
    const before = await fingerprintOf(dir);
    writeFileSync(path.join(root, 'target.pdf'), 'a much longer target');
    expect(await fingerprintOf(dir)).toBe(before);
  });
});
