import { randomBytes } from 'node:crypto';
import { link, mkdir, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { CliError } from './cli-error.js';

export interface WriteAtomicOptions {
  /** Replace an existing file. Without it an existing file is an error and is left untouched. */
  overwrite: boolean;
  /** How to name the file in messages (the path as the user gave it). */
  displayPath?: string;
}

/**
 * Writes a file so that readers see the old content or the new, never half of it: the text
 * goes to a temporary file in the same folder, which then takes the target's name. Missing
 * parent folders are created. Without `overwrite`, the final step is a hard link, which fails
 * if the target appeared in the meantime, so a concurrent writer is never clobbered.
 */
export async function writeAtomic(
  path: string,
  content: string,
  options: WriteAtomicOptions,
): Promise<void> {
  const shown = options.displayPath ?? path;
  const dir = dirname(path);
  if (!options.overwrite && (await exists(path))) throw existsError(shown);
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    throw writeError(dirname(shown), error);
  }
  const temp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temp, content, { encoding: 'utf8', flag: 'wx', mode: 0o644 });
    if (options.overwrite) {
      await rename(temp, path);
    } else {
      await linkInto(temp, path, shown);
    }
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    if (error instanceof CliError) throw error;
    throw writeError(shown, error);
  }
}

async function linkInto(temp: string, path: string, shown: string): Promise<void> {
  try {
    await link(temp, path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw existsError(shown);
    // Some file systems have no hard links; there the check above is the best we can do.
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS' && code !== 'EXDEV')
      throw error;
    if (await exists(path)) throw existsError(shown);
    await rename(temp, path);
    return;
  }
  await unlink(temp);
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

function existsError(shown: string): CliError {
  return new CliError(
    'file_exists',
    `${shown} already exists; use --force to replace it, or choose another path with --output.`,
  );
}

function writeError(shown: string, error: unknown): CliError {
  const code = (error as NodeJS.ErrnoException).code;
  const reason =
    code === 'EACCES' || code === 'EPERM'
      ? 'permission denied'
      : code === 'ENOTDIR'
        ? 'a part of the path is a file, not a folder'
        : code === 'EISDIR'
          ? 'it is a folder'
          : code === 'ENOSPC'
            ? 'the disk is full'
            : String(code ?? (error as Error).message);
  return new CliError('file_unwritable', `${shown}: cannot be written (${reason}).`);
}
