import { resolve } from 'node:path';
import { importPostmortems } from '@hindsight/server';
import type { ImportFileResult, ImportSummary } from '@hindsight/server';
import type { Outcome } from '../cli-error.js';
import { usageError } from '../cli-error.js';
import { displayPath } from '../display-path.js';
import { paintFor } from '../io.js';
import type { Io } from '../io.js';
import { withTransferDatabase } from './transfer-database.js';
import type { TransferDatabaseFlags } from './transfer-database.js';
import { transferProgress } from './transfer-progress.js';

export interface ImportCommandOptions extends TransferDatabaseFlags {
  paths: string[];
  json?: boolean;
  dryRun?: boolean;
  strict?: boolean;
}

/** Parser notes printed before the rest are left to `--json`. */
const MAX_NOTES = 50;

/**
 * `hindsight import PATH…`: Markdown files and folders into the database, keyed by slug;
 * a second run over the same files changes nothing. Exit 1 when a file failed or a path was
 * missing.
 */
export async function runImport(options: ImportCommandOptions, io: Io): Promise<Outcome> {
  if (options.paths.length === 0) throw usageError('Give at least one file or folder to import.');
  const progress = transferProgress(io, options.dryRun ? 'checking' : 'importing');
  const summary = await withTransferDatabase(options, io, (handle) =>
    importPostmortems(
      handle,
      options.paths.map((p) => resolve(io.cwd, p)),
      {
        dryRun: options.dryRun,
        strict: options.strict,
        onProgress: (done, total) => progress.update(done, total),
      },
    ),
  );
  progress.finish();
  if (options.json) io.stdout.write(`${JSON.stringify(toJson(summary, io), null, 2)}\n`);
  else io.stdout.write(report(summary, io));
  return summary.failed > 0 || summary.missing.length > 0 ? 'findings' : 'ok';
}

function toJson(summary: ImportSummary, io: Io) {
  return {
    dryRun: summary.dryRun,
    created: summary.created,
    updated: summary.updated,
    unchanged: summary.unchanged,
    failed: summary.failed,
    missing: summary.missing.map((m) => ({ ...m, path: displayPath(m.path, io.cwd) })),
    files: summary.files.map((f) => ({ ...f, file: displayPath(f.file, io.cwd) })),
  };
}

function report(summary: ImportSummary, io: Io): string {
  const paint = paintFor(io);
  const lines: string[] = [];
  for (const m of summary.missing)
    lines.push(`${displayPath(m.path, io.cwd)}: ${paint.red('error')} ${m.reason}`);
  for (const f of summary.files.filter((r) => r.outcome === 'failed'))
    lines.push(`${where(f, io)}: ${paint.red('error')} ${f.reason ?? 'failed'}`);
  const notes = summary.files.flatMap((f) =>
    f.outcome === 'failed'
      ? []
      : f.diagnostics.map(
          (d) =>
            `${displayPath(f.file, io.cwd)}:${d.line}: ${paint.yellow(d.severity)} ${d.message} ${paint.dim(d.code)}`,
        ),
  );
  lines.push(...notes.slice(0, MAX_NOTES));
  if (notes.length > MAX_NOTES)
    lines.push(paint.dim(`… and ${notes.length - MAX_NOTES} more parser notes (see --json)`));
  if (lines.length > 0) lines.push('');
  const total = summary.files.length;
  const verb = summary.dryRun ? 'Would import' : 'Imported';
  const counts = [
    `${summary.created} ${summary.dryRun ? 'to create' : 'created'}`,
    `${summary.updated} ${summary.dryRun ? 'to update' : 'updated'}`,
    `${summary.unchanged} unchanged`,
    summary.failed > 0 ? paint.red(`${summary.failed} failed`) : '0 failed',
  ];
  lines.push(
    total === 0
      ? 'No Markdown files found.'
      : `${verb} ${total} ${total === 1 ? 'file' : 'files'}: ${counts.join(', ')}.`,
  );
  return `${lines.join('\n')}\n`;
}

function where(f: ImportFileResult, io: Io): string {
  const path = displayPath(f.file, io.cwd);
  return f.line === undefined || f.line === null ? path : `${path}:${f.line}`;
}
