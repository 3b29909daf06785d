import { stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { CliError } from '../cli-error.js';
import type { Outcome } from '../cli-error.js';
import { displayPath } from '../display-path.js';
import { parsePortFlag } from '../flag-values.js';
import { paintFor } from '../io.js';
import type { Io } from '../io.js';
import { EXAMPLES_DIR, generatorName } from '../package-info.js';
import { startPreviewServer } from '../preview/preview-server.js';
import { PostmortemFolder } from '../preview/postmortem-folder.js';
import { POSTMORTEMS_FOLDER } from './new-output-path.js';

export const DEFAULT_PORT = 3000;
export const DEFAULT_HOST = '127.0.0.1';

export interface PreviewOptions {
  /** The folder to serve; `postmortems/` when it exists, else the working folder. */
  dir?: string;
  /** A port number as text (from a flag); the PORT variable, then 3000, otherwise. */
  port?: string;
  /** An address to listen on; the HOST variable, then 127.0.0.1, otherwise. */
  host?: string;
}

export interface PreviewDeps {
  /** Resolves when the server should stop; by default, on SIGINT or SIGTERM. */
  untilStopped?: () => Promise<string>;
  /** Called with the server's address once it listens (tests use it to make requests). */
  onListening?: (url: string) => void;
}

/**
 * `hindsight preview`: serves a folder of postmortems over HTTP, read-only, until it is
 * stopped, then closes its connections and returns.
 */
export async function runPreview(
  options: PreviewOptions,
  io: Io,
  deps: PreviewDeps = {},
): Promise<Outcome> {
  const dir = await chooseFolder(options.dir, io.cwd);
  const port = parsePortFlag(
    options.port ?? io.env.PORT ?? String(DEFAULT_PORT),
    options.port !== undefined ? '--port' : 'PORT',
  );
  const host = (options.host ?? io.env.HOST ?? DEFAULT_HOST).trim() || DEFAULT_HOST;
  const count = (await new PostmortemFolder(dir).list()).length;
  const server = await startPreviewServer({
    dir,
    port,
    host,
    generator: generatorName(),
    log: (line) => io.stderr.write(`${line}\n`),
  });
  const paint = paintFor(io);
  io.stdout.write(
    [
      `Previewing ${count === 1 ? '1 postmortem' : `${count} postmortems`} from ${displayPath(dir, io.cwd)}`,
      `  ${paint.cyan(paint.bold(server.url))}`,
      paint.dim('Press Ctrl-C to stop.'),
      '',
    ].join('\n'),
  );
  deps.onListening?.(server.url);
  const reason = await (deps.untilStopped ?? untilSignal)();
  await server.close();
  io.stdout.write(`Stopped the preview (${reason}).\n`);
  return 'ok';
}

/** `hindsight start`: the preview of the example postmortems bundled with the CLI. */
export async function runStart(
  options: Omit<PreviewOptions, 'dir'>,
  io: Io,
  deps: PreviewDeps = {},
): Promise<Outcome> {
  return runPreview({ ...options, dir: EXAMPLES_DIR }, io, deps);
}

async function chooseFolder(dir: string | undefined, cwd: string): Promise<string> {
  if (dir === undefined) {
    const postmortems = join(cwd, POSTMORTEMS_FOLDER);
    return (await isFolder(postmortems)) ? postmortems : resolve(cwd);
  }
  const full = resolve(cwd, dir);
  let folder: boolean;
  try {
    folder = (await stat(full)).isDirectory();
  } catch {
    throw new CliError('file_not_found', `${dir}: no such folder.`);
  }
  if (!folder)
    throw new CliError(
      'invalid_input',
      `${dir} is a file; preview serves a folder of postmortems.`,
    );
  return full;
}

async function isFolder(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

/** Waits for Ctrl-C or a termination request, then removes its listeners again. */
function untilSignal(): Promise<string> {
  return new Promise((resolvePromise) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolvePromise(signal);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
