/** A glob split into the folder to start walking from and a matcher for paths below it. */
export interface GlobPattern {
  /** The leading segments without wildcards (`docs/incidents` of `docs/incidents/**\/*.md`). */
  base: string;
  /** Tests a path relative to `base`, with forward slashes. */
  matches(relativePath: string): boolean;
}

/** Whether a command-line path is a glob pattern rather than a file or folder name. */
export function isGlob(path: string): boolean {
  return /[*?[{]/.test(path);
}

/**
 * Compiles the glob syntax shells and ESLint users expect: `*` and `?` within one path
 * segment, `**` for any number of folders, `[abc]` classes and `{md,markdown}` alternatives.
 * Written by hand because Node 20 has no `fs.glob` and the CLI needs only this much.
 *
 * @example compileGlob('docs/**\/*.md').matches('2024/outage.md') // true
 */
export function compileGlob(pattern: string): GlobPattern {
  const segments = pattern.replace(/\\/g, '/').split('/');
  const firstWild = segments.findIndex((s) => isGlob(s));
  const baseSegments = firstWild === -1 ? segments : segments.slice(0, firstWild);
  const rest = firstWild === -1 ? [] : segments.slice(firstWild);
  const base = baseSegments.join('/') || (pattern.startsWith('/') ? '/' : '.');
  const regex = new RegExp(`^${segmentsToRegex(rest)}$`);
  return { base, matches: (path) => regex.test(path) };
}

function segmentsToRegex(segments: readonly string[]): string {
  let out = '';
  segments.forEach((segment, i) => {
    const last = i === segments.length - 1;
    if (segment === '**') {
      // Zero or more whole folders; at the end, anything at all.
      out += last ? '.*' : '(?:[^/]+/)*';
      return;
    }
    out += segmentToRegex(segment) + (last ? '' : '/');
  });
  return out;
}

function segmentToRegex(segment: string): string {
  let out = '';
  for (let i = 0; i < segment.length; i++) {
    const c = segment.charAt(i);
    if (c === '*') {
      out += '[^/]*';
    } else if (c === '?') {
      out += '[^/]';
    } else if (c === '[') {
      const close = segment.indexOf(']', i + 2);
      if (close === -1) {
        out += '\\[';
        continue;
      }
      const body = segment
        .slice(i + 1, close)
        .replace(/^!/, '^')
        .replace(/\\/g, '\\\\');
      out += `[${body}]`;
      i = close;
    } else if (c === '{') {
      const close = segment.indexOf('}', i);
      if (close === -1) {
        out += '\\{';
        continue;
      }
      const options = segment
        .slice(i + 1, close)
        .split(',')
        .map(segmentToRegex);
      out += `(?:${options.join('|')})`;
      i = close;
    } else {
      out += c.replace(/[.+^$()|\\\]}]/g, '\\$&');
    }
  }
  return out;
}
