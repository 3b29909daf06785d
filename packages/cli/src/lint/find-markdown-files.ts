import { readdir, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { displayPath } from '../display-path.js';
import { compileGlob, isGlob } from './glob-pattern.js';

/** What the command-line paths stand for. */
export interface FoundFiles {
  /** Absolute paths, sorted, each once. */
  files: string[];
  /** Paths that named nothing readable, each with a one-line reason naming it. */
  problems: { path: string; message: string }[];
}

/**
 * Expands the paths given to `lint`: a file is taken as it is, a folder is searched for
 * `*.md` files at any depth, and a glob pattern (`docs/**\/*.md`) for the files it matches.
 * Searches skip `node_modules` and folders whose name starts with a dot (`.git`), unless the
 * user named such a folder.
 */
export async function findMarkdownFiles(
  paths: readonly string[],
  cwd: string,
): Promise<FoundFiles> {
  const files = new Set<string>();
  const problems: FoundFiles['problems'] = [];
  for (const path of paths) {
    if (isGlob(path)) {
      const glob = compileGlob(path);
      const base = resolve(cwd, glob.base);
      const before = files.size;
      await walk(base, cwd, problems, (file) => {
        if (glob.matches(relative(base, file).split(sep).join('/'))) files.add(file);
      });
      if (files.size === before) problems.push({ path, message: `${path}: no file matches.` });
      continue;
    }
    const full = resolve(cwd, path);
    let info;
    try {
      info = await stat(full);
    } catch (error) {
      problems.push({ path, message: describe(path, error) });
      continue;
    }
    if (info.isDirectory()) {
      await walk(full, cwd, problems, (file) => {
        if (/\.md$/i.test(file)) files.add(file);
      });
    } else {
      files.add(full);
    }
  }
  return { files: [...files].sort(), problems };
}

async function walk(
  dir: string,
  cwd: string,
  problems: FoundFiles['problems'],
  visit: (file: string) => void,
): Promise<void> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // A glob's base folder that does not exist simply matches nothing.
    if (code !== 'ENOENT') {
      const shown = displayPath(dir, cwd);
      problems.push({ path: shown, message: describe(shown, error) });
    }
    return;
  }
  for (const entry of entries) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
      await walk(full, cwd, problems, visit);
    } else if (entry.isFile()) {
      visit(full);
    } else if (entry.isSymbolicLink()) {
      // Linked files are linted; linked folders are not followed, so a loop cannot trap us.
      const target = await stat(full).catch(() => undefined);
      if (target?.isFile()) visit(full);
    }
  }
}

function describe(path: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return `${path}: no such file or folder.`;
  if (code === 'EACCES' || code === 'EPERM') return `${path}: permission denied.`;
  return `${path}: cannot be read (${String(code ?? error)}).`;
}
