import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { FieldIssue } from '@hindsight/core';
import { parsePostmortem, serialisePostmortem } from '@hindsight/core/markdown';
import type { Diagnostic, SourceMap } from '@hindsight/core/markdown';
import { checkModel } from '../storage/check-model.js';
import { InvalidInputError } from '../storage/errors.js';
import { prepareRows } from '../storage/prepared-rows.js';
import type { PreparedRows } from '../storage/prepared-rows.js';
import { slugFor } from '../storage/slug.js';
import { describeFsError } from './find-markdown-files.js';
import { slugFromFileName } from './slug-from-file-name.js';

/** The largest file an import reads: far above any real postmortem. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** A file read, parsed and checked: ready to be written. */
export interface PreparedFile {
  readonly ok: true;
  readonly file: string;
  readonly slug: string;
  /**
   * The rows of the checked model with its slug: its canonical Markdown (`rows.markdown`,
   * which an unchanged postmortem has stored), its JSON and every derived value. Made here, on
   * a worker thread when there is one, so that the writing thread compares two strings to find
   * an unchanged file and only binds values to write a new one. Being text and flat rows, they
   * also cross to the writing thread more cheaply than the model's object tree.
   */
  readonly rows: PreparedRows;
  /** What the parser noted; the file is imported all the same. */
  readonly diagnostics: Diagnostic[];
}

/** A file that cannot be imported, and why. */
export interface UnpreparedFile {
  readonly ok: false;
  readonly file: string;
  /** 1-based line of the problem, when it has one. */
  readonly line: number | null;
  readonly reason: string;
  readonly diagnostics: Diagnostic[];
}

/**
 * Reads, parses and checks one file, synchronously: it runs on the import's worker thread,
 * where blocking holds up nothing, so the four awaited calls a file (stat, open, read, close)
 * and their trips through libuv's thread pool bought nothing. Never throws: whatever is wrong is returned with the
 * line it concerns where there is one. Diagnostics do not stop a file (the parser keeps what it
 * cannot understand as text) unless `strict` is set and one is an error. The slug is the front matter's, else the file name's,
 * else one made from the date and title.
 */
export function prepareFile(
  file: string,
  options: { strict?: boolean } = {},
): PreparedFile | UnpreparedFile {
  let text: string;
  try {
    const info = statSync(file);
    if (info.size > MAX_FILE_BYTES)
      return failed(file, null, `is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB`);
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return failed(file, null, describeFsError(error));
  }
  const { model, diagnostics, source } = parsePostmortem(text, { fileName: basename(file) });
  const broken = diagnostics.find((d) => d.code === 'internal-error');
  // The parser could not read the document at all: importing would keep only a title.
  if (broken !== undefined) return failed(file, broken.line, broken.message, diagnostics);
  // Strict: what the parser had to drop or could not read (an invalid field) stops the file.
  const error =
    options.strict === true ? diagnostics.find((d) => d.severity === 'error') : undefined;
  if (error !== undefined) return failed(file, error.line, error.message, diagnostics);
  const slug = model.slug ?? slugFromFileName(file) ?? slugFor(model);
  try {
    const checked = { ...checkModel({ ...model, slug }), slug };
    return {
      ok: true,
      file,
      slug,
      rows: prepareRows(checked, serialisePostmortem(checked)),
      diagnostics,
    };
  } catch (error) {
    if (!(error instanceof InvalidInputError)) throw error;
    const [first] = error.issues;
    return failed(
      file,
      first === undefined ? null : lineOf(first, source),
      error.issues.map((i) => `${i.path}: ${i.message}`).join('; '),
      diagnostics,
    );
  }
}

function failed(
  file: string,
  line: number | null,
  reason: string,
  diagnostics: Diagnostic[] = [],
): UnpreparedFile {
  return { ok: false, file, line, reason, diagnostics };
}

/** The line a model field came from: its timeline entry, action item or section; else the top. */
function lineOf(issue: FieldIssue, source: SourceMap): number {
  const [list, index] = issue.path.split('.');
  const at = Number(index);
  if (Number.isInteger(at)) {
    const lines =
      list === 'timeline'
        ? source.timeline
        : list === 'actionItems'
          ? source.actionItems
          : list === 'sections'
            ? source.sections
            : undefined;
    const line = lines?.[at]?.line;
    if (line !== undefined) return line;
  }
  return source.titleLine ?? 1;
}
