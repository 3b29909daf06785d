import { stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileSlug } from '../file-slug.js';

/** The folder that, when present in the working folder, collects new postmortems. */
export const POSTMORTEMS_FOLDER = 'postmortems';

/**
 * Where `new` writes: `--output` when given (a folder, existing or ending in `/`, gets the
 * default file name inside it), else `<date>-<slug>.md` in `postmortems/` when that folder
 * exists, else in the working folder.
 */
export async function newOutputPath(
  cwd: string,
  output: string | undefined,
  date: string,
  title: string,
): Promise<string> {
  const name = `${date}-${fileSlug(title)}.md`;
  if (output !== undefined) {
    const full = resolve(cwd, output);
    if (/[\\/]$/.test(output) || (await isDirectory(full))) return join(full, name);
    return full;
  }
  const folder = join(cwd, POSTMORTEMS_FOLDER);
  return join((await isDirectory(folder)) ? folder : cwd, name);
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}
