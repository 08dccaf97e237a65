import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { LimitExceededError } from '../../../src/model/limits.js';
import { ZipArchive, ZipEntryError, ZipFormatError } from '../../../extractors/formats/zip.js';
import { craftZip, type CraftEntry } from '../../hostile/craft-zip.js';

const GB = 1024 ** 3;
const open = (entries: CraftEntry[], options = {}, maxEntries = 5000) => ZipArchive.open(craftZip(entries, options), maxEntries);
// 申报书.docx and 材料 in GBK (CP936).
const GBK_BYTES: Record<string, Buffer> = {
  '申报书.docx': Buffer.from([0xc9, 0xea, 0xb1, 0xa8, 0xca, 0xe9, 0x2e, 0x64, 0x6f, 0x63, 0x78]),
  '材料': Buffer.from([0xb2, 0xc4, 0xc1, 0xcf]),
};

async function readFirst(entries: CraftEntry[]): Promise<Buffer> {
  const zip = open(entries);
  return zip.read(zip.entries[0]);
}

describe('ZipArchive reads the entries it can vouch for', () => {
  it('reads stored and deflated entries with their names and bytes', async () => {
    const zip = open([
      { name: 'a.txt', content: Buffer.from('stored text'), method: 'stored' },
      { name: '材料/b.txt', content: Buffer.from('deflated text '.repeat(100)) },
      { name: '材料/', content: Buffer.alloc(0), method: 'stored' },
    ]);
    expect(zip.entries.map((e) => [e.name, e.isDirectory])).toEqual([['a.txt', false], ['材料/b.txt', false], ['材料/', true]]);
    expect((await zip.read(zip.get('a.txt')!)).toString()).toBe('stored text');
    expect((await zip.read(zip.get('材料/b.txt')!)).toString()).toBe('deflated text '.repeat(100));
  });

  it('finds the archive after a prefix (a self-extractor stub) that shifts every offset', async () => {
    const zip = open([{ name: 'a.txt', content: Buffer.from('after the stub') }], { prefix: Buffer.alloc(4096, 0x4d) });
    expect((await zip.read(zip.entries[0])).toString()).toBe('after the stub');
  });

  it('reads entries whose sizes follow their data (data descriptors, as streaming writers make them)', async () => {
    const jszip = new JSZip();
    jszip.file('a.txt', 'streamed '.repeat(50));
    jszip.file('材料/b.txt', 'second');
    const zip = ZipArchive.open(await jszip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', streamFiles: true }), 5000);
    const files = zip.entries.filter((e) => !e.isDirectory);
    expect(await Promise.all(files.map(async (e) => [e.name, (await zip.read(e)).toString()]))).toEqual([['a.txt', 'streamed '.repeat(50)], ['材料/b.txt', 'second']]);
  });

  it('reads what Info-ZIP writes from standard input (a ZIP64 local header, sizes only in the directory)', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'filings-infozip-'));
    const file = path.join(dir, 'out.zip');
    execFileSync('sh', ['-c', `printf 'from stdin' | zip -q ${JSON.stringify(file)} -`]);
    const zip = ZipArchive.open(readFileSync(file), 5000);
    expect((await zip.read(zip.entries[0])).toString()).toBe('from stdin');
  });

  it('reads ZIP64 end records and ZIP64 sizes', () => {
    const zip = open([{ name: 'big.bin', content: Buffer.from('x'), declaredSize: 5 * GB }, { name: 'b.txt', content: Buffer.from('y') }], { zip64: true });
    expect(zip.entries.map((e) => e.size)).toEqual([5 * GB, 1]);
  });
});

describe('ZipArchive refuses a damaged or hostile directory before inflating anything', () => {
  it('refuses more entries than the budget from the recorded count, without reading the directory', () => {
    // One real entry, but the end record claims 150,000: the count alone decides.
    const bytes = craftZip([{ name: 'a.txt', content: Buffer.from('a') }], { declaredEntries: 150_000 });
    const err = (() => {
      try {
        ZipArchive.open(bytes, 5000);
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(LimitExceededError);
    expect((err as LimitExceededError).limit).toBe('zipEntries');
    expect((err as Error).message).toMatch(/150,000 个条目.*压缩包条目数上限 5,000/u);
  });

  it('refuses a directory holding more entries than its end record counts', () => {
    expect(() => open([{ name: 'a' }, { name: 'b' }], { declaredEntries: 1 })).toThrow(/多于记录的条目数/u);
  });

  it('refuses entries that share their data (an overlapping zip bomb)', () => {
    expect(() => open([{ name: 'a.txt', content: Buffer.from('payload') }, { name: 'b.txt', sharesDataWith: 0 }])).toThrow(ZipFormatError);
    expect(() => open([{ name: 'a.txt', content: Buffer.from('payload') }, { name: 'b.txt', sharesDataWith: 0 }])).toThrow(/重叠/u);
  });

  it('refuses a truncated archive and bytes that are no zip', () => {
    const bytes = craftZip([{ name: 'a.txt', content: Buffer.alloc(5000, 1), method: 'stored' }]);
    expect(() => ZipArchive.open(bytes.subarray(0, 3000), 5000)).toThrow(/找不到压缩包目录/u);
    expect(() => ZipArchive.open(Buffer.from('PK\u0003\u0004 not really a zip'), 5000)).toThrow(ZipFormatError);
    const cut = Buffer.concat([bytes.subarray(0, 100), bytes.subarray(bytes.length - 200)]);
    expect(() => ZipArchive.open(cut, 5000)).toThrow(ZipFormatError);
  });
});

describe('ZipArchive.read never yields more than an entry declared', () => {
  it('stops inflating as soon as the data pass a declared size that lies (1 GB declared as 1 KB)', async () => {
    const zip = open([{ name: 'bomb.bin', content: [{ piece: Buffer.alloc(1 << 20), times: 1024 }], declaredSize: 1024 }]);
    let inflated = 0;
    await expect(zip.read(zip.entries[0], (chunk) => (inflated += chunk.length))).rejects.toThrow(/大小与压缩包记录的不符/u);
    expect(inflated).toBeLessThanOrEqual(1024);
  });

  it('calls data that end short of the declared size damaged', async () => {
    await expect(readFirst([{ name: 'a.txt', content: Buffer.from('short'), declaredSize: 100 }])).rejects.toThrow(ZipEntryError);
    await expect(readFirst([{ name: 'a.txt', content: Buffer.from('short'), method: 'stored', declaredSize: 100 }])).rejects.toThrow(/大小与压缩包记录的不符/u);
  });

  it('checks the CRC', async () => {
    await expect(readFirst([{ name: 'a.txt', content: Buffer.from('text'), crc: 1234 }])).rejects.toThrow(/CRC/u);
  });

  it('says an entry is encrypted, or compressed by another method, naming it', async () => {
    await expect(readFirst([{ name: '协议书.pdf', content: Buffer.from('x'), encrypted: true }])).rejects.toMatchObject({ code: 'encrypted', message: expect.stringMatching(/「协议书\.pdf」已加密/u) });
    await expect(readFirst([{ name: 'a.txt', content: Buffer.from('x'), method: 12 }])).rejects.toMatchObject({ code: 'unsupported', message: expect.stringMatching(/BZIP2/u) });
  });

  it('calls deflate data that cannot be inflated damaged', async () => {
    await expect(readFirst([{ name: 'a.txt', content: Buffer.from([0xff, 0xff, 0xff, 0xff]), method: 8, declaredSize: 10 }])).rejects.toThrow(/压缩数据已损坏/u);
  });

  it('stops when the chunk handler throws, passing its error on', async () => {
    const zip = open([{ name: 'a.xml', content: [{ piece: Buffer.alloc(1 << 20, 0x3c), times: 64 }] }]);
    let seen = 0;
    const stop = new Error('enough');
    await expect(
      zip.read(zip.entries[0], (chunk) => {
        seen += chunk.length;
        if (seen > 1 << 20) throw stop;
      }),
    ).rejects.toBe(stop);
    expect(seen).toBeLessThan(4 << 20);
  });
});

describe('entry names', () => {
  it('reads a name as UTF-8 when the UTF-8 flag is set', () => {
    expect(open([{ name: '申报书.docx', utf8: true }]).entries[0].name).toBe('申报书.docx');
  });

  it('reads a name without the flag that is not valid UTF-8 as GBK (what Chinese Windows writes)', () => {
    const zip = open([{ name: Buffer.concat([GBK_BYTES['材料'], Buffer.from('/'), GBK_BYTES['申报书.docx']]), utf8: false }]);
    expect(zip.entries[0].name).toBe('材料/申报书.docx');
  });

  it('reads a name without the flag that is valid UTF-8 as UTF-8 (Linux and macOS tools)', () => {
    expect(open([{ name: '申报书.docx', utf8: false }]).entries[0].name).toBe('申报书.docx');
  });

  it('prefers a valid Info-ZIP Unicode Path field, and ignores one whose CRC does not match the stored name', () => {
    expect(open([{ name: GBK_BYTES['申报书.docx'], utf8: false, unicodePath: { name: '推荐表.docx' } }]).entries[0].name).toBe('推荐表.docx');
    expect(open([{ name: GBK_BYTES['申报书.docx'], utf8: false, unicodePath: { name: '推荐表.docx', badCrc: true } }]).entries[0].name).toBe('申报书.docx');
  });
});
