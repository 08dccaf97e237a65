import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CorpusState } from '../../src/corpus/state.js';
import { endedPid } from '../io/ended-process.js';
import { tempFolderPerTest } from '../io/temp-folder.js';

const KEY = '0123456789abcdef';
const OTHER_KEY = 'fedcba9876543210';

describe('CorpusState.prune', () => {
  let root = '';
  tempFolderPerTest('corpus-state-', (d) => (root = d));

  it('keeps the files of the submissions kept under their key, removes the rest and a killed run’s temporary files', async () => {
    const state = await CorpusState.open(root);
    await state.write('henan-01', KEY, [], []);
    await state.write('henan-02', KEY, [], []);
    await state.write('henan-03', KEY, [], []);
    const orphan = `.${endedPid()}-00112233445566aa.tmp`;
    const running = `.${process.pid}-00112233445566bb.tmp`;
    for (const name of [orphan, running]) await writeFile(path.join(state.dir, 'rows', name), 'x');
    await state.prune(new Map([['henan-01', KEY], ['henan-02', OTHER_KEY]]));
    expect((await readdir(path.join(state.dir, 'rows'))).sort()).toEqual([running, `henan-01.${KEY}.ndjson`].sort());
    expect(await readdir(path.join(state.dir, 'texts'))).toEqual([`henan-01.${KEY}.ndjson`]);
  });
});
