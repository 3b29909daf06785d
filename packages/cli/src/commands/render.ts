import { basename, extname, resolve } from 'node:path';
import { parsePostmortem, serialisePostmortem } from '@hindsight/core/markdown';
import { renderHtml } from '@hindsight/core/render';
import { usageError } from '../cli-error.js';
import type { Outcome } from '../cli-error.js';
import { displayPath } from '../display-path.js';
import { paintFor } from '../io.js';
import type { Io } from '../io.js';
import { generatorName } from '../package-info.js';
import { readInput } from '../read-input.js';
import { writeAtomic } from '../write-atomic.js';

export const RENDER_FORMATS = ['html', 'md', 'json'] as const;
export type RenderFormat = (typeof RENDER_FORMATS)[number];

export interface RenderOptions {
  /** A Markdown file, or `-` for standard input. */
  file: string;
  /** `html` (a standalone page), `md` (canonical Markdown) or `json` (the model). */
  format?: string;
  /** Where to write; standard output when absent or `-`. */
  output?: string;
}

const BY_EXTENSION: Record<string, RenderFormat> = {
  '.html': 'html',
  '.htm': 'html',
  '.md': 'md',
  '.markdown': 'md',
  '.json': 'json',
};

/**
 * `hindsight render`: turns a postmortem into a standalone HTML page, canonical Markdown or
 * the model as JSON. Without `--format`, the output file's extension decides, then HTML.
 */
export async function runRender(options: RenderOptions, io: Io): Promise<Outcome> {
  const format = chooseFormat(options);
  const fromStdin = options.file === '-';
  const text = await readInput(options.file, io.cwd, io.stdin);
  const result = parsePostmortem(text, fromStdin ? {} : { fileName: basename(options.file) });
  const output =
    format === 'html'
      ? renderHtml(result.model, { diagnostics: result.diagnostics, generator: generatorName() })
      : format === 'md'
        ? serialisePostmortem(result.model)
        : `${JSON.stringify(result.model, null, 2)}\n`;

  const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
  const stderrPaint = paintFor(io, 'stderr');
  if (errors > 0) {
    const name = fromStdin ? 'standard input' : options.file;
    io.stderr.write(
      `${stderrPaint.yellow('note:')} ${name} has ${errors === 1 ? '1 error' : `${errors} errors`}; see them with hindsight parse.\n`,
    );
  }
  if (options.output === undefined || options.output === '-') {
    io.stdout.write(output);
    return 'ok';
  }
  const path = resolve(io.cwd, options.output);
  const shown = displayPath(path, io.cwd);
  // A rendered file is derived from its source, so replacing it is the expected thing.
  await writeAtomic(path, output, { overwrite: true, displayPath: shown });
  io.stderr.write(`${stderrPaint.green('Wrote')} ${shown}\n`);
  return 'ok';
}

function chooseFormat(options: RenderOptions): RenderFormat {
  if (options.format !== undefined) {
    const format = RENDER_FORMATS.find((f) => f === options.format?.trim().toLowerCase());
    if (!format) {
      throw usageError(
        `--format "${options.format}" is not a format; choose one of ${RENDER_FORMATS.join(', ')}.`,
      );
    }
    return format;
  }
  if (options.output && options.output !== '-') {
    return BY_EXTENSION[extname(options.output).toLowerCase()] ?? 'html';
  }
  return 'html';
}
