import { closeSync, openSync, readSync } from 'node:fs';
import { CliError } from '../cli-error.js';
import { MAX_FILE_BYTES } from '../read-input.js';
import { contentHash } from './lint-cache.js';

/*
 * A lint run reads thousands of small files, each in a worker thread (or in a CLI with
 * nothing else to do), so reads are synchronous: a blocking read is several times cheaper
 * than a round trip through libuv's thread pool. They also skip fstat, which cost more than
 * the read itself: a folder fails with EISDIR, a pipe is read to its end like a file, and
 * the size limit is checked as the bytes come. Every file goes through one buffer that is
 * reused and only its text leaves it, so a run of thousands of files leaves no Buffer per
 * file behind for the collector.
 */
let scratch = Buffer.allocUnsafe(64 * 1024);

/**
 * Reads one file to lint as text. Bytes that are not UTF-8 become U+FFFD: a damaged document
 * is still worth linting. Errors name the file as `name` and say what is wrong, as
 * `readInput` does for single-file commands: missing, unreadable, a folder, too big, binary.
 */
export function readLintFile(path: string, name: string): string {
  return readIntoScratch(path, name).toString('utf8');
}

/**
 * The text of a file, as {@link readLintFile} reads it, and with a salt its cache hash
 * (see `contentHash`) from the same read.
 */
export function readLintText(
  path: string,
  name: string,
  salt?: string,
): { text: string; hash?: string } {
  const bytes = readIntoScratch(path, name);
  const text = bytes.toString('utf8');
  return salt === undefined ? { text } : { text, hash: contentHash(bytes, salt) };
}

/**
 * The cache hash of a file (see `contentHash`), with the checks of {@link readLintFile}.
 * The bytes are hashed where they were read, since the content is not kept.
 */
export function hashLintFile(path: string, name: string, salt: string): string {
  return contentHash(readIntoScratch(path, name), salt);
}

/** The file's bytes, in the shared buffer: valid until the next read. */
function readIntoScratch(path: string, name: string): Buffer {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    throw fileError(name, error);
  }
  try {
    let length = 0;
    for (;;) {
      if (length === scratch.length) {
        const bigger = Buffer.allocUnsafe(scratch.length * 2);
        scratch.copy(bigger);
        scratch = bigger;
      }
      const read = readSync(fd, scratch, length, scratch.length - length, null);
      if (read === 0) break;
      length += read;
      if (length > MAX_FILE_BYTES) {
        throw new CliError(
          'invalid_input',
          `${name} is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB, the limit.`,
        );
      }
    }
    const bytes = scratch.subarray(0, length);
    // A NUL byte near the start is the cheapest reliable sign of a binary file.
    const nul = bytes.indexOf(0);
    if (nul !== -1 && nul < 8000) {
      throw new CliError('invalid_input', `${name} looks like a binary file, not Markdown.`);
    }
    return bytes;
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw fileError(name, error);
  } finally {
    closeSync(fd);
  }
}

function fileError(name: string, error: unknown): CliError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') {
    return new CliError('file_not_found', `${name}: no such file.`);
  }
  if (code === 'EACCES' || code === 'EPERM') {
    return new CliError('file_unreadable', `${name}: permission denied.`);
  }
  if (code === 'EISDIR') {
    return new CliError('invalid_input', `${name} is a folder; give a Markdown file.`);
  }
  return new CliError('file_unreadable', `${name}: cannot be read (${String(code ?? error)}).`);
}
