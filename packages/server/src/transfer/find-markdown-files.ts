import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';

/** A path given on the command line that could not be used. */
export interface MissingPath {
  readonly path: string;
  readonly reason: string;
}

const MARKDOWN = /\.(md|markdown)$/i;

/**
 * The Markdown files under `paths`: a file is taken as given (whatever its extension), a
 * folder is searched recursively for `*.md` and `*.markdown`, skipping hidden folders
 * (`.git`) and `node_modules`. Sorted and without repeats, so an import runs in the same order
 * every time.
 */
export async function findMarkdownFiles(
  paths: readonly string[],
): Promise<{ files: string[]; missing: MissingPath[] }> {
  const found = new Set<string>();
  const missing: MissingPath[] = [];
  for (const path of paths) {
    const absolute = resolve(path);
    let info;
    try {
      info = await stat(absolute);
    } catch (error) {
      missing.push({ path, reason: describeFsError(error) });
      continue;
    }
    if (info.isDirectory()) await walk(absolute, found);
    else if (info.isFile()) found.add(absolute);
    else missing.push({ path, reason: 'is neither a file nor a folder' });
  }
  return { files: [...found].sort(), missing };
}

async function walk(dir: string, found: Set<string>): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await walk(path, found);
    else if (entry.isFile() && MARKDOWN.test(entry.name)) found.add(path);
  }
}

/** A file-system error in a few words, without a stack. */
export function describeFsError(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  switch (code) {
    case 'ENOENT':
      return 'does not exist';
    case 'EACCES':
    case 'EPERM':
      return 'cannot be read (permission denied)';
    case 'EISDIR':
      return 'is a folder';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
