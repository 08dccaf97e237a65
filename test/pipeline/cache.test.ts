import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DocCache } from '../../src/pipeline/cache.js';
import { docOf, para } from '../extractors/build-doc.js';
import { endedPid } from '../io/ended-process.js';
import { tempFolderPerTest } from '../io/temp-folder.js';

const DOC = docOf(para('联盟协议书'));
const SHA = 'a'.repeat(64);

describe('DocCache', () => {
  let dir = '';
  tempFolderPerTest('doc-cache-', (d) => (dir = d));

  it('gives back a stored Doc, for the same extractor version only', async () => {
    await new DocCache(dir, '7').set(SHA, DOC);
    expect(await new DocCache(dir, '7').get(SHA)).toEqual(DOC);
    expect(await new DocCache(dir, '8').get(SHA)).toBeNull();
  });

  it('misses an entry that was edited after it was stored', async () => {
    const cache = new DocCache(dir, '7');
    await cache.set(SHA, DOC);
    const [file] = await readdir(dir);
    await writeFile(path.join(dir, file!), (await readFile(path.join(dir, file!), 'utf8')).replace('联盟', '联合'));
    expect(await cache.get(SHA)).toBeNull();
  });

  it('removes the temporary files a killed run left when it first stores an entry in a folder, once per process', async () => {
    const orphan = `.${endedPid()}-0123456789abcdef.tmp`;
    await writeFile(path.join(dir, orphan), '{"half": ');
    await new DocCache(dir, '7').set(SHA, DOC);
    expect(await readdir(dir)).toEqual([`${SHA}.v7.json`]);
    // Swept once: a cache of many thousand entries is not listed again for every file.
    await writeFile(path.join(dir, orphan), '{"half": ');
    await new DocCache(dir, '7').set('b'.repeat(64), DOC);
    expect(await readdir(dir)).toContain(orphan);
  });
});
