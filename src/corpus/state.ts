import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { isOrphanTemp, writeFileAtomic } from '../io/write-atomic.js';

/** The state folder under `--out`: what a killed run leaves for the next one to resume from. */
export const STATE_FOLDER = '.corpus-state';

/** One line of a submission's rows file: a table (or `_batch`, `_people`) and one row of it. */
export interface StateLine {
  t: string;
  r: unknown;
}

/** The text of one document kept for the similarity tables. */
export interface TextRecord {
  /** `<submission>/<file>`, or `<submission>#technicalGoal` for a goal statement. */
  doc: string;
  submission: string;
  file: string;
  kind: string;
  text: string;
}

/** `<id>.<key>.ndjson`: the submission id (a safe file name) and the key of the files and options it was checked with. */
const FILE = /^(.+)\.([0-9a-f]{16})\.ndjson$/u;

function parseLines(data: string): unknown[] {
  return data.split('\n').filter((line) => line.length > 0).map((line) => JSON.parse(line) as unknown);
}

/**
 * `<out>/.corpus-state/`: per checked submission, `rows/<id>.<key>.ndjson` (its rows of every table)
 * and `texts/<id>.<key>.ndjson` (the texts of its agreements, charters, feasibility reports and goal
 * statement), each written atomically, texts first: a rows file means the submission is done. The
 * key is a hash of the submission's file fingerprint and of the options that change a report, so a
 * submission is done only for the same files checked the same way. The rows hold the filings'
 * text as read (personal data too, whatever --pseudonymize says): the folder is private, like the
 * document cache.
 */
export class CorpusState {
  private constructor(readonly dir: string) {}

  static async open(root: string): Promise<CorpusState> {
    const dir = path.join(root, STATE_FOLDER);
    await mkdir(dir, { recursive: true, mode: 0o700 });
    await mkdir(path.join(dir, 'rows'), { recursive: true });
    await mkdir(path.join(dir, 'texts'), { recursive: true });
    return new CorpusState(dir);
  }

  /** The submissions done: id → key of its rows file. */
  async done(): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    for (const name of await readdir(path.join(this.dir, 'rows'))) {
      const m = FILE.exec(name);
      if (m) out.set(m[1], m[2]);
    }
    return out;
  }

  /** Records a submission as done: its texts, then its rows (the mark of being done); the files of an earlier key of the id are removed. */
  async write(id: string, key: string, lines: readonly StateLine[], texts: readonly TextRecord[], earlierKey?: string): Promise<void> {
    await writeFileAtomic(this.file('texts', id, key), texts.map((t) => `${JSON.stringify(t)}\n`).join(''));
    await writeFileAtomic(this.file('rows', id, key), lines.map((l) => `${JSON.stringify(l)}\n`).join(''));
    if (earlierKey && earlierKey !== key) {
      await rm(this.file('rows', id, earlierKey), { force: true });
      await rm(this.file('texts', id, earlierKey), { force: true });
    }
  }

  /** The lines of a submission's rows file. */
  async lines(id: string, key: string): Promise<StateLine[]> {
    return parseLines(await readFile(this.file('rows', id, key), 'utf8')) as StateLine[];
  }

  /** The texts kept for a submission (read synchronously, for the similarity modules' iterables). */
  textsSync(id: string, key: string): TextRecord[] {
    try {
      return parseLines(readFileSync(this.file('texts', id, key), 'utf8')) as TextRecord[];
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw err;
    }
  }

  /** Removes the rows and texts files of submissions not in `keep` (or kept there under another key), and temporary files a killed run left. */
  async prune(keep: ReadonlyMap<string, string>): Promise<void> {
    for (const sub of ['rows', 'texts'] as const) {
      for (const name of await readdir(path.join(this.dir, sub))) {
        const m = FILE.exec(name);
        if (m ? keep.get(m[1]) === m[2] : !isOrphanTemp(name)) continue;
        await rm(path.join(this.dir, sub, name), { force: true });
      }
    }
  }

  /** The salt of --pseudonymize: `given`, else the one stored in `salt`, else a new random one stored there (readable by the owner only). */
  async salt(given?: string): Promise<string> {
    if (given) return given;
    const file = path.join(this.dir, 'salt');
    const stored = await readFile(file, 'utf8').catch(() => '');
    if (stored.trim()) return stored.trim();
    const salt = randomBytes(32).toString('hex');
    await writeFileAtomic(file, salt, 0o600);
    return salt;
  }

  /** A fresh, empty working folder for one export (removed by the caller when it is done). */
  async buildFolder(): Promise<string> {
    const dir = path.join(this.dir, 'build');
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir, { recursive: true });
    return dir;
  }

  private file(sub: 'rows' | 'texts', id: string, key: string): string {
    return path.join(this.dir, sub, `${id}.${key}.ndjson`);
  }
}
