import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { CliError } from '../cli-error.js';

const MARKDOWN = /\.(?:md|markdown)$/i;

/** A folder that could not be listed, and why. */
export interface UnlistedFolder {
  path: string;
  reason: string;
}

export interface FoundFiles {
  /** Absolute paths, each once: files given by name first, then folders' files by path. */
  files: string[];
  unlisted: UnlistedFolder[];
}

/**
 * The Markdown files under the given paths. A file named on the command line is taken
 * whatever its extension; folders are searched recursively for `*.md` and `*.markdown`,
 * skipping `node_modules`, folders whose name starts with a dot (`.git`, caches) and
 * symbolic links, which could lead out of the tree or round in a loop. A path that does not
 * exist is an error; a folder that cannot be listed is reported and skipped.
 */
export async function findPostmortemFiles(
  paths: readonly string[],
  cwd: string,
): Promise<FoundFiles> {
  const seen = new Set<string>();
  const files: string[] = [];
  const unlisted: UnlistedFolder[] = [];
  const add = (path: string): void => {
    if (seen.has(path)) return;
    seen.add(path);
    files.push(path);
  };
  for (const given of paths) {
    const full = resolve(cwd, given);
    let info;
    try {
      info = await stat(full);
    } catch {
      throw new CliError('file_not_found', `${given}: no such file or folder.`);
    }
    if (info.isDirectory()) {
      const found: string[] = [];
      await walk(full, found, unlisted);
      found.sort();
      found.forEach(add);
    } else {
      add(full);
    }
  }
  return { files, unlisted };
}

async function walk(dir: string, found: string[], unlisted: UnlistedFolder[]): Promise<void> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    unlisted.push({ path: dir, reason: reasonOf(error) });
    return;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      await walk(path, found, unlisted);
    } else if (entry.isFile() && MARKDOWN.test(entry.name)) {
      found.push(path);
    }
  }
}

/** A short, readable reason for a file-system error. */
export function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOENT') return 'it disappeared while being read';
  return error instanceof Error ? error.message : String(error);
}
