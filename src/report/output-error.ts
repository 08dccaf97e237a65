import { PathOutsideError } from '../io/path-inside.js';

/** Why a file could not be written, by error code, in Chinese. */
const REASONS: Readonly<Record<string, string>> = {
  ENOSPC: '磁盘已满',
  EDQUOT: '超出磁盘配额',
  EACCES: '没有写入权限',
  EPERM: '没有写入权限',
  EROFS: '文件系统只读',
  ENOTDIR: '路径中有同名文件，不是文件夹',
  EEXIST: '已有同名文件，不是文件夹',
  EISDIR: '已有同名文件夹',
  ENAMETOOLONG: '文件名过长',
  ENOENT: '文件夹不存在或已被删除',
  EMFILE: '同时打开的文件过多',
  ENFILE: '同时打开的文件过多',
  EIO: '磁盘读写错误',
  EBUSY: '文件正被占用',
};

/** The output folder as the user named it, ending in a separator: 「out/」. */
function shownFolder(folder: string): string {
  return folder === '' || /[\\/]$/u.test(folder) ? folder : `${folder}/`;
}

/**
 * The outputs cannot be written: the folder is a file, read-only, on a full disk, or a path would
 * leave it. The message is Chinese and names the folder as given and the reason with its code:
 * 「无法写入输出文件夹 out/：磁盘已满（ENOSPC）」.
 */
export class OutputError extends Error {
  constructor(
    /** The output folder as the user gave it. */
    readonly folder: string,
    readonly reason: string,
    readonly code?: string,
    options?: { cause?: unknown },
  ) {
    super(`无法写入输出文件夹 ${shownFolder(folder)}：${reason}${code ? `（${code}）` : ''}`, options);
    this.name = 'OutputError';
  }
}

/**
 * An error met while writing outputs into `folder`, as an OutputError: file-system errors (they
 * carry a code such as ENOSPC) and paths outside the folder. Any other error (a bug) is returned
 * as it is, for the caller to throw.
 */
export function asOutputError(err: unknown, folder: string): unknown {
  if (err instanceof OutputError) return err;
  if (err instanceof PathOutsideError) return new OutputError(folder, `路径 ${err.target} 在输出文件夹之外`, undefined, { cause: err });
  const code = (err as NodeJS.ErrnoException | null)?.code;
  if (typeof code !== 'string' || !/^E[A-Z]+$/u.test(code)) return err;
  return new OutputError(folder, REASONS[code] ?? (err as Error).message, code, { cause: err });
}
