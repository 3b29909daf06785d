import { isAbsolute, relative, sep } from 'node:path';

/**
 * A file's path as reports print it: relative to `cwd` with forward slashes on every
 * platform, so that CI annotations and SARIF point at repository paths; absolute (still with
 * forward slashes) when the file lies outside `cwd`.
 *
 * @example reportPath('/repo/docs/a.md', '/repo') // 'docs/a.md'
 */
export function reportPath(filePath: string, cwd: string): string {
  const rel = relative(cwd, filePath);
  const inside = rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
  return (inside ? rel : filePath).split(sep).join('/');
}
