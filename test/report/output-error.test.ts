import { describe, expect, it } from 'vitest';
import { PathOutsideError } from '../../src/io/path-inside.js';
import { asOutputError, OutputError } from '../../src/report/output-error.js';

function fsError(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: something`), { code });
}

describe('asOutputError', () => {
  it('names the folder, the reason in Chinese and the code of a full disk', () => {
    const err = asOutputError(fsError('ENOSPC'), 'out');
    expect(err).toBeInstanceOf(OutputError);
    expect((err as OutputError).message).toBe('无法写入输出文件夹 out/：磁盘已满（ENOSPC）');
    expect((err as OutputError).code).toBe('ENOSPC');
  });

  it('explains permissions, read-only file systems and files in the way', () => {
    expect((asOutputError(fsError('EACCES'), 'out/') as Error).message).toBe('无法写入输出文件夹 out/：没有写入权限（EACCES）');
    expect((asOutputError(fsError('EROFS'), '/mnt/x') as Error).message).toBe('无法写入输出文件夹 /mnt/x/：文件系统只读（EROFS）');
    expect((asOutputError(fsError('ENOTDIR'), 'out') as Error).message).toContain('不是文件夹（ENOTDIR）');
    expect((asOutputError(fsError('EEXIST'), 'out') as Error).message).toContain('已有同名文件，不是文件夹（EEXIST）');
  });

  it('keeps the system message for a code it has no words for', () => {
    expect((asOutputError(fsError('EXDEV'), 'out') as Error).message).toBe('无法写入输出文件夹 out/：EXDEV: something（EXDEV）');
  });

  it('turns a path outside the folder into an OutputError', () => {
    const err = asOutputError(new PathOutsideError('/tmp/out', '../x'), 'out');
    expect(err).toBeInstanceOf(OutputError);
    expect((err as Error).message).toBe('无法写入输出文件夹 out/：路径 ../x 在输出文件夹之外');
  });

  it('returns other errors as they are', () => {
    const bug = new TypeError('x is undefined');
    expect(asOutputError(bug, 'out')).toBe(bug);
  });
});
