import path from 'node:path';

/** A path that would lie outside the folder it must stay in (`..`, an absolute path, a drive). */
export class PathOutsideError extends Error {
  constructor(
    readonly root: string,
    readonly target: string,
  ) {
    super(`拒绝写入：${target} 不在文件夹 ${root} 之内`);
    this.name = 'PathOutsideError';
  }
}

/**
 * The absolute path of `parts` joined under `root`, checked to lie strictly inside `root` (never
 * `root` itself): a part that is `..`, climbs out with `../`, is absolute or holds a NUL throws
 * PathOutsideError instead. The check is on the resolved path (path.resolve + path.relative).
 */
export function resolveInside(root: string, ...parts: string[]): string {
  const base = path.resolve(root);
  const target = path.resolve(base, ...parts);
  const rel = path.relative(base, target);
  const outside = rel === '' || rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel) || parts.some((p) => p.includes('\0'));
  if (outside) throw new PathOutsideError(base, parts.join(path.sep));
  return target;
}
