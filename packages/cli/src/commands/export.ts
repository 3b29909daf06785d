import { resolve } from 'node:path';
import { exportPostmortems } from '@hindsight/server';
import { CliError } from '../cli-error.js';
import type { Outcome } from '../cli-error.js';
import { displayPath } from '../display-path.js';
import type { Io } from '../io.js';
import { withTransferDatabase } from './transfer-database.js';
import type { TransferDatabaseFlags } from './transfer-database.js';
import { transferProgress } from './transfer-progress.js';

export interface ExportCommandOptions extends TransferDatabaseFlags {
  dir: string;
  json?: boolean;
}

/**
 * `hindsight export DIR`: every live postmortem as `<slug>.md`, its canonical Markdown.
 * Importing the folder into an empty database and exporting again gives the same files.
 */
export async function runExport(options: ExportCommandOptions, io: Io): Promise<Outcome> {
  const dir = resolve(io.cwd, options.dir);
  const progress = transferProgress(io, 'exporting');
  const summary = await withTransferDatabase(options, io, async (handle) => {
    try {
      return await exportPostmortems(handle, dir, {
        onProgress: (done, total) => progress.update(done, total),
      });
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (typeof code === 'string' && /^E[A-Z]+$/.test(code))
        throw new CliError('file_unwritable', `Cannot write to ${options.dir}: ${code}`);
      throw error;
    } finally {
      progress.finish();
    }
  });
  const shown = displayPath(dir, io.cwd);
  if (options.json)
    io.stdout.write(`${JSON.stringify({ dir: shown, files: summary.files }, null, 2)}\n`);
  else
    io.stdout.write(
      `Exported ${summary.files.length} ${summary.files.length === 1 ? 'postmortem' : 'postmortems'} to ${shown}.\n`,
    );
  return 'ok';
}
