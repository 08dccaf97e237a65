import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PathOutsideError, resolveInside } from '../../src/io/path-inside.js';

describe('resolveInside', () => {
  const root = path.resolve('/tmp/out');

  it('joins parts under the root', () => {
    expect(resolveInside(root, 'henan-01', 'report.json')).toBe(path.join(root, 'henan-01', 'report.json'));
    expect(resolveInside('relative/out', 'summary.csv')).toBe(path.resolve('relative/out', 'summary.csv'));
  });

  it('throws for .. and for a part that climbs out', () => {
    expect(() => resolveInside(root, '..')).toThrow(PathOutsideError);
    expect(() => resolveInside(root, '..', 'x')).toThrow(PathOutsideError);
    expect(() => resolveInside(root, 'a/../../x')).toThrow(PathOutsideError);
    expect(() => resolveInside(root, '../out-other/x')).toThrow(PathOutsideError);
  });

  it('throws for an absolute part', () => {
    expect(() => resolveInside(root, '/etc/passwd')).toThrow(PathOutsideError);
  });

  it('throws for the root itself and for a NUL', () => {
    expect(() => resolveInside(root, '.')).toThrow(PathOutsideError);
    expect(() => resolveInside(root, 'a\0b')).toThrow(PathOutsideError);
  });

  it('accepts names that only start with two dots', () => {
    expect(resolveInside(root, '..a')).toBe(path.join(root, '..a'));
  });

  it('says in Chinese what it refused', () => {
    expect(() => resolveInside(root, '..', 'x')).toThrow(/拒绝写入/u);
  });
});
