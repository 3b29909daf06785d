import { isAbsolute, relative } from 'node:path';

/**
 * A path as messages show it: relative to the working folder when it lies inside it (what the
 * user can paste into the next command), absolute otherwise.
 */
export function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  if (rel === '') return '.';
  if (rel.startsWith('..') || isAbsolute(rel)) return path;
  return rel;
}
