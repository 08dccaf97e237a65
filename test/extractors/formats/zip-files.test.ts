import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, type Limits } from '../../../src/model/limits.js';
import { unpackZip } from '../../../extractors/formats/zip-files.js';
import { ZipFormatError } from '../../../extractors/formats/zip.js';
import { craftZip } from '../../hostile/craft-zip.js';

const MB = 1024 * 1024;
const limits = (over: Partial<Limits> = {}): Limits => ({ ...DEFAULT_LIMITS, ...over });
const texts = (messages: { text: string }[]) => messages.map((m) => m.text);

describe('unpackZip keeps to the budgets of a run', () => {
  it('refuses an entry declaring more than a file may hold before inflating it, and reads the rest', async () => {
    const bytes = craftZip([{ name: 'bomb.bin', content: Buffer.from('x'), declaredSize: 6 * 1024 * MB }, { name: 'a.txt', content: Buffer.from('ok') }]);
    const out = await unpackZip(bytes, limits());
    expect(out.files.map((f) => f.name)).toEqual(['a.txt']);
    expect(out.messages).toEqual([{ level: 'error', file: 'bomb.bin', text: expect.stringMatching(/「bomb\.bin」解压后为 6 GB：超过单个文件大小上限 128 MB/u) }]);
  });

  it('stops at the budget of a submission, saying the rest was not read', async () => {
    const entries = ['a', 'b', 'c'].map((name) => ({ name: `${name}.bin`, content: Buffer.alloc(MB, 7) }));
    const out = await unpackZip(craftZip(entries), limits({ submissionBytes: 2.5 * MB }));
    expect(out.files.map((f) => f.name)).toEqual(['a.bin', 'b.bin']);
    expect(texts(out.messages).join()).toMatch(/「c\.bin」.*其余文件未读取：超过单份申报文件总大小上限 2\.5 MB/u);
  });

  it('gives one message per entry it cannot read and reads the others', async () => {
    const bytes = craftZip([
      { name: '加密.pdf', content: Buffer.from('x'), encrypted: true },
      { name: 'crc.pdf', content: Buffer.from('x'), crc: 1 },
      { name: 'good.pdf', content: Buffer.from('%PDF-1.4') },
    ]);
    const out = await unpackZip(bytes, limits());
    expect(out.files.map((f) => f.name)).toEqual(['good.pdf']);
    expect(out.messages.map((m) => m.file)).toEqual(['crc.pdf', '加密.pdf']);
  });

  it('gives entries safe, unique relative names and leaves out folders and skipped names', async () => {
    const bytes = craftZip([
      { name: '../../evil.docx', content: Buffer.from('1') },
      { name: '/etc/passwd', content: Buffer.from('2') },
      { name: 'C:\\temp\\x.pdf', content: Buffer.from('3') },
      { name: 'evil.docx', content: Buffer.from('4') },
      { name: 'dir/', content: Buffer.alloc(0) },
      { name: '__MACOSX/._evil.docx', content: Buffer.from('5') },
    ]);
    const out = await unpackZip(bytes, limits(), (name) => name.startsWith('__MACOSX/'));
    expect(out.files.map((f) => [f.name, f.bytes.toString()])).toEqual([['evil.docx', '4'], ['evil (2).docx', '1'], ['etc/passwd', '2'], ['temp/x.pdf', '3']]);
    expect(out.messages.filter((m) => m.level === 'warning').map((m) => m.text).sort()).toEqual([
      '压缩包中的名称「../../evil.docx」不能原样使用（上级目录、绝对路径、控制字符或重名），已按「evil (2).docx」读取',
      '压缩包中的名称「/etc/passwd」不能原样使用（上级目录、绝对路径、控制字符或重名），已按「etc/passwd」读取',
      '压缩包中的名称「C:\\temp\\x.pdf」不能原样使用（上级目录、绝对路径、控制字符或重名），已按「temp/x.pdf」读取',
    ]);
  });

  it('throws for an archive it cannot open', async () => {
    await expect(unpackZip(Buffer.from('PK\u0003\u0004 broken'), limits())).rejects.toBeInstanceOf(ZipFormatError);
  });
});
