import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { CliError } from './cli-error.js';

/** Largest postmortem file read: far above any real document, small enough to stay safe. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

const LIMIT_MB = MAX_FILE_BYTES / 1024 / 1024;

/**
 * Reads a Markdown file, or standard input for `-`, with errors that name the file. Bytes
 * that are not UTF-8 become U+FFFD rather than failing: a damaged document is still worth
 * reading.
 */
export async function readInput(
  path: string,
  cwd: string,
  stdin?: NodeJS.ReadableStream,
): Promise<string> {
  if (path === '-' && stdin) return readStream(stdin);
  const full = resolve(cwd, path);
  let info;
  try {
    info = await stat(full);
  } catch (error) {
    throw fileError(path, error);
  }
  if (info.isDirectory())
    throw new CliError('invalid_input', `${path} is a folder; give a Markdown file.`);
  if (info.size > MAX_FILE_BYTES) {
    const mb = (info.size / 1024 / 1024).toFixed(1);
    throw new CliError('invalid_input', `${path} is ${mb} MB; the limit is ${LIMIT_MB} MB.`);
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(full);
  } catch (error) {
    throw fileError(path, error);
  }
  return decode(bytes, path);
}

async function readStream(stdin: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stdin) {
    const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buf.length;
    if (size > MAX_FILE_BYTES) {
      throw new CliError('invalid_input', `Standard input is larger than ${LIMIT_MB} MB.`);
    }
    chunks.push(buf);
  }
  return decode(Buffer.concat(chunks), 'standard input');
}

function fileError(path: string, error: unknown): CliError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') {
    return new CliError('file_not_found', `${path}: no such file.`);
  }
  if (code === 'EACCES' || code === 'EPERM') {
    return new CliError('file_unreadable', `${path}: permission denied.`);
  }
  return new CliError('file_unreadable', `${path}: cannot be read (${String(code ?? error)}).`);
}

function decode(bytes: Buffer, name: string): string {
  // A NUL byte near the start is the cheapest reliable sign of a binary file.
  const nul = bytes.indexOf(0);
  if (nul !== -1 && nul < 8000) {
    throw new CliError('invalid_input', `${name} looks like a binary file, not Markdown.`);
  }
  return new TextDecoder('utf-8', { fatal: false }).decode(bytes);
}
