import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, type Limits } from '../../src/model/limits.js';
import { discover, ingest, IngestError, loadSubmission, submissionIds } from '../../src/pipeline/ingest.js';
import { craftZip } from '../hostile/craft-zip.js';

const SAMPLE = path.join(import.meta.dirname, '..', '..', 'corpora', 'sample');

describe('ingest', () => {
  it('treats a folder of sub-folders as a batch, one submission each, sorted by name', async () => {
    const sources = await discover(SAMPLE);
    expect(sources.length).toBeGreaterThanOrEqual(12);
    expect(sources.map((s) => s.id)).toEqual([...sources.map((s) => s.id)].sort((a, b) => a.localeCompare(b)));
  });

  it('treats a folder holding documents as one submission, reading submission.json and skipping expected.json', async () => {
    const [s] = await ingest(path.join(SAMPLE, 'henan-01-complete-docx'));
    expect(s.id).toBe('henan-01-complete-docx');
    expect(s.meta.pack).toBe('henan-2020-alliance-application');
    expect(s.files.map((f) => f.name)).not.toContain('expected.json');
    expect(s.files.every((f) => f.format === 'docx' && f.sha256.length === 64)).toBe(true);
  });

  it('reads a .zip submission (nested folders included, __MACOSX skipped)', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'filings-zip-'));
    const zip = new JSZip();
    const src = path.join(SAMPLE, 'henan-01-complete-docx');
    zip.file('材料/附件1-构建建议书.docx', await readFile(path.join(src, '附件1-构建建议书.docx')));
    zip.file('__MACOSX/._junk', 'x');
    zip.file('submission.json', JSON.stringify({ pack: 'henan-2020-alliance-application' }));
    await writeFile(path.join(dir, 'henan-zip.zip'), await zip.generateAsync({ type: 'nodebuffer' }));
    const [s] = await ingest(dir);
    expect(s.id).toBe('henan-zip');
    expect(s.files.map((f) => f.name)).toEqual(['材料/附件1-构建建议书.docx']);
    expect(s.meta.pack).toBe('henan-2020-alliance-application');
  });

  it('keeps a bad submission.json as a message, not a crash', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'filings-meta-'));
    await cp(path.join(SAMPLE, 'henan-01-complete-docx'), path.join(dir, 's'), { recursive: true });
    await writeFile(path.join(dir, 's', 'submission.json'), '{ not json');
    const [s] = await ingest(path.join(dir, 's'));
    expect(s.meta).toEqual({});
    expect(s.messages.map((m) => m.text).join()).toMatch(/submission\.json 不是有效的 JSON/u);
  });

  it('rejects a path that does not exist, and an empty batch, with a clear message', async () => {
    await expect(discover('/no/such/folder')).rejects.toBeInstanceOf(IngestError);
    const empty = await mkdtemp(path.join(os.tmpdir(), 'filings-empty-'));
    await mkdir(path.join(empty, '.hidden'));
    await expect(discover(empty)).rejects.toThrow(/found none/u);
  });
});

const GOOD_DOCX = path.join(SAMPLE, 'henan-01-complete-docx', '附件1-构建建议书.docx');
// 材料 and 申报书.docx in GBK, as `unzip` leaves names from a Windows zip on disk.
const GBK_FOLDER = Buffer.from([0xb2, 0xc4, 0xc1, 0xcf]);
const GBK_FILE = Buffer.from([0xc9, 0xea, 0xb1, 0xa8, 0xca, 0xe9, 0x2e, 0x64, 0x6f, 0x63, 0x78]);
const tmp = (prefix: string) => mkdtemp(path.join(os.tmpdir(), `filings-${prefix}-`));
const texts = (s: { messages: { text: string }[] }) => s.messages.map((m) => m.text).join(' | ');

describe('a folder taken as one submission that looks like a batch folder', () => {
  async function folder(files: string[], folders: string[]): Promise<string> {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'filings-batch-like-'));
    for (const f of files) await writeFile(path.join(dir, f), 'x');
    for (const d of folders) {
      await mkdir(path.join(dir, d));
      await writeFile(path.join(dir, d, '申请书.docx'), 'x');
    }
    return dir;
  }

  it('is still one submission, with a warning naming its loose file and counting its sub-folders', async () => {
    const dir = await folder(['汇总表.xlsx'], ['甲联盟', '乙联盟', '丙联盟']);
    const warnings: string[] = [];
    const sources = await discover(dir, (w) => warnings.push(w));
    expect(sources.map((s) => s.type)).toEqual(['folder']);
    expect(warnings).toEqual([`${dir} 中直接放有文件 「汇总表.xlsx」，因此整个文件夹按一份申报审查；但其中还有 3 个子文件夹或压缩包，像是批次文件夹。若要逐份审查，请把这些文件移出该文件夹，或只给出各申报的路径`]);
  });

  it('says nothing of a submission with a few folders of attachments beside its documents, or one with submission.json', async () => {
    const warnings: string[] = [];
    await discover(await folder(['申请书.docx', '协议书.pdf'], ['附件']), (w) => warnings.push(w));
    await discover(await folder(['申请书.docx', '协议书.pdf', '章程.docx'], ['附件1', '附件2', '附件3']), (w) => warnings.push(w));
    await discover(await folder(['submission.json', '汇总表.xlsx'], ['甲', '乙', '丙', '丁']), (w) => warnings.push(w));
    expect(warnings).toEqual([]);
  });
});

describe('submission ids are safe folder names, unique within the batch', () => {
  it('numbers clashing ids, names safe as they are first, comparing them as a case-insensitive file system would', () => {
    expect(submissionIds(['a\nb', 'a:b', 'a_b', 'A_B'])).toEqual(['a_b-3', 'a_b-4', 'a_b', 'A_B-2']);
    expect(submissionIds(['x', 'x', 'é', 'e\u0301'])).toEqual(['x', 'x-2', 'é', 'e\u0301-2']);
  });

  it('gives folders named a\\nb, a:b and a_b three ids', async () => {
    const dir = await tmp('ids');
    for (const name of ['a\nb', 'a:b', 'a_b']) await mkdir(path.join(dir, name));
    const sources = await discover(dir);
    expect(new Set(sources.map((s) => s.id)).size).toBe(3);
    expect(sources.find((s) => s.path.endsWith('a_b'))?.id).toBe('a_b');
  });

  it.each([
    ['dots only', '..', '__'],
    ['a control character', 'a\nb', 'a_b'],
    ['a bidi override', 'x\u202ecod.exe', 'x_cod.exe'],
    ['a colon and separators', 'a:b/c\\d', 'a_b_c_d'],
  ])('makes a name with %s a safe id', (_what, name, id) => expect(submissionIds([name])).toEqual([id]));

  it('does not give a zip named ...zip the id ..', async () => {
    const dir = await tmp('dots');
    await writeFile(path.join(dir, '...zip'), craftZip([{ name: 'a.pdf', content: Buffer.from('%PDF-1.4') }]));
    const [source] = await discover(path.join(dir, '...zip'));
    expect(source.id).toBe('__');
    expect((await loadSubmission(source)).files.map((f) => f.name)).toEqual(['a.pdf']);
  });
});

describe('hidden names in a batch folder', () => {
  it('checks a zip whose name starts with a dot, but not hidden folders or macOS shadow files', async () => {
    const dir = await tmp('hidden');
    const zip = craftZip([{ name: 'a.pdf', content: Buffer.from('%PDF-1.4') }]);
    await writeFile(path.join(dir, '...zip'), zip);
    await writeFile(path.join(dir, '._b.zip'), zip);
    await mkdir(path.join(dir, '.git'), { recursive: true });
    await writeFile(path.join(dir, 'c.zip'), zip);
    expect((await discover(dir)).map((s) => s.id)).toEqual(['__', 'c']);
  });
});

describe('names that are not UTF-8 on disk', () => {
  it('reads a folder and a file named in GBK bytes, showing their names decoded', async () => {
    const dir = await tmp('gbk');
    const folder = Buffer.concat([Buffer.from(dir), Buffer.from('/'), GBK_FOLDER]);
    mkdirSync(folder);
    writeFileSync(Buffer.concat([folder, Buffer.from('/'), GBK_FILE]), readFileSync(GOOD_DOCX));
    const [source] = await discover(dir);
    expect(source.id).toBe('材料');
    const s = await loadSubmission(source);
    expect(s.files.map((f) => [f.name, f.format])).toEqual([['申报书.docx', 'docx']]);
    expect(s.messages).toEqual([]);
  });

  it('decodes GBK entry names of a zip without the UTF-8 flag, and keeps zip-slip names inside', async () => {
    const dir = await tmp('gbk-zip');
    const zip = craftZip([
      { name: Buffer.concat([GBK_FOLDER, Buffer.from('/'), GBK_FILE]), content: readFileSync(GOOD_DOCX), utf8: false },
      { name: '../../etc/evil.pdf', content: Buffer.from('%PDF-1.4') },
      { name: 'C:\\Windows\\x.pdf', content: Buffer.from('%PDF-1.4') },
    ]);
    await writeFile(path.join(dir, 's.zip'), zip);
    const [s] = await ingest(dir);
    expect(s.files.map((f) => f.name).sort()).toEqual(['Windows/x.pdf', 'etc/evil.pdf', '材料/申报书.docx']);
  });
});

describe('files that are not regular files are skipped with a message naming them', () => {
  it('skips a symbolic link and a pipe (without blocking on it) and reads the rest', async () => {
    const dir = await tmp('links');
    await cp(GOOD_DOCX, path.join(dir, 'a.docx'));
    await symlink('/etc/passwd', path.join(dir, 'link.pdf'));
    execFileSync('mkfifo', [path.join(dir, 'pipe.pdf')]);
    const [s] = await ingest(dir);
    expect(s.files.map((f) => f.name)).toEqual(['a.docx']);
    expect(s.messages).toEqual([
      { level: 'error', file: 'link.pdf', text: expect.stringMatching(/「link\.pdf」是符号链接/u) },
      { level: 'error', file: 'pipe.pdf', text: expect.stringMatching(/「pipe\.pdf」不是普通文件/u) },
    ]);
  });

  it('reports a symbolic link in a batch folder as its own unreadable submission, never following it', async () => {
    const dir = await tmp('batch-link');
    await mkdir(path.join(dir, 'real'));
    await writeFile(path.join(dir, 'real', 'a.pdf'), '%PDF-1.4');
    await symlink(path.join(dir, 'real'), path.join(dir, 'linked'));
    const sources = await discover(dir);
    expect(sources.map((s) => [s.id, s.type])).toEqual([['linked', 'unreadable'], ['real', 'folder']]);
    const linked = await loadSubmission(sources[0]);
    expect(linked.files).toEqual([]);
    expect(texts(linked)).toMatch(/「linked」是符号链接/u);
  });
});

describe('ingest keeps to the budgets of a run', () => {
  const small = (over: Partial<Limits>): Limits => ({ ...DEFAULT_LIMITS, ...over });

  it('does not read a file over the file budget (its size is checked first)', async () => {
    const dir = await tmp('big');
    await writeFile(path.join(dir, 'big.pdf'), Buffer.alloc(2 * 1024 * 1024, 0x25));
    await writeFile(path.join(dir, 'small.pdf'), '%PDF-1.4');
    const [s] = await ingest(dir, small({ fileBytes: 1024 * 1024 }));
    expect(s.files.map((f) => f.name)).toEqual(['small.pdf']);
    expect(s.messages).toEqual([{ level: 'error', file: 'big.pdf', text: expect.stringMatching(/「big\.pdf」大小为 2 MB：超过单个文件大小上限 1 MB/u) }]);
  });

  it('stops reading a folder at the submission budget', async () => {
    const dir = await tmp('total');
    for (const name of ['a', 'b', 'c']) await writeFile(path.join(dir, `${name}.pdf`), Buffer.alloc(1024 * 1024, 0x25));
    const [s] = await ingest(dir, small({ submissionBytes: 2.5 * 1024 * 1024 }));
    expect(s.files.map((f) => f.name)).toEqual(['a.pdf', 'b.pdf']);
    expect(texts(s)).toMatch(/「c\.pdf」.*其余文件未读取：超过单份申报文件总大小上限 2\.5 MB/u);
  });

  it('says a zip that cannot be opened is damaged, naming it, as an error', async () => {
    const dir = await tmp('broken');
    await writeFile(path.join(dir, '申报.zip'), Buffer.from('PK\u0003\u0004 this is no archive'));
    const [s] = await ingest(dir);
    expect(s.messages).toEqual([{ level: 'error', file: '申报.zip', text: expect.stringMatching(/^压缩包已损坏，无法打开：「申报\.zip」/u) }]);
  });

  it('refuses a zip with more entries than the budget, naming the limit', async () => {
    const dir = await tmp('entries');
    await writeFile(path.join(dir, 'many.zip'), craftZip([{ name: 'a.pdf' }], { declaredEntries: 150_000 }));
    const [s] = await ingest(dir);
    expect(texts(s)).toMatch(/压缩包「many\.zip」无法读取：压缩包有 150,000 个条目：超过压缩包条目数上限 5,000/u);
  });

  it('does not read a zip larger than the submission budget', async () => {
    const dir = await tmp('big-zip');
    await writeFile(path.join(dir, 'big.zip'), craftZip([{ name: 'a.bin', content: Buffer.alloc(2 * 1024 * 1024, 1), method: 'stored' }]));
    const [s] = await ingest(dir, small({ submissionBytes: 1024 * 1024 }));
    expect(s.files).toEqual([]);
    expect(texts(s)).toMatch(/「big\.zip」大小为 2 MB：超过单份申报文件总大小上限 1 MB/u);
  });
});
