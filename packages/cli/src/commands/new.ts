import { serialisePostmortem } from '@hindsight/core/markdown';
import type { Severity } from '@hindsight/core';
import { listTemplates } from '@hindsight/core/templates';
import type { Template } from '@hindsight/core/templates';
import { usageError } from '../cli-error.js';
import type { Outcome } from '../cli-error.js';
import { findConfig, loadTemplates } from '../config.js';
import { displayPath } from '../display-path.js';
import { localDate, parseDateFlag, parseSeverityFlag, parseZoneFlag } from '../flag-values.js';
import { isInteractive, paintFor } from '../io.js';
import type { Io } from '../io.js';
import { createPrompter } from '../prompter.js';
import { shellQuote } from '../shell-quote.js';
import { writeAtomic } from '../write-atomic.js';
import { askNewDetails } from './new-prompts.js';
import type { NewAnswers } from './new-prompts.js';
import { newOutputPath } from './new-output-path.js';

export interface NewOptions {
  /** A built-in template id or one from the configured templates folder; `standard` by default. */
  template?: string;
  title?: string;
  /** The incident date, YYYY-MM-DD; today by default. */
  date?: string;
  severity?: string;
  authors?: string[];
  /** The zone the document's times will be written in, as any form the parser reads. */
  timezone?: string;
  /** Where to write; `-` for standard output. */
  output?: string;
  /** Replace an existing file. */
  force?: boolean;
  /** Report what was written as JSON instead of sentences. */
  json?: boolean;
}

/** What `new --json` prints. */
export interface NewReport {
  /** The file written, absolute; absent when the document went to standard output. */
  file?: string;
  template: string;
  title: string;
  date: string;
  severity?: Severity;
  timezone?: string;
}

/**
 * `hindsight new`: starts a postmortem from a template and writes it as canonical Markdown.
 * In a terminal, missing details are asked for; otherwise a missing title is a usage error.
 */
export async function runNew(options: NewOptions, io: Io): Promise<Outcome> {
  const templates = listTemplates(await loadTemplates(await findConfig(io.cwd)));
  const toStdout = options.output === '-';
  if (toStdout && options.json)
    throw usageError('--json and --output - both write to standard output; use one.');

  const known = readFlags(options, templates, io);
  const ask =
    isInteractive(io) &&
    !toStdout &&
    !options.json &&
    (known.title === undefined || known.template === undefined);
  const today = localDate(io.now?.() ?? new Date());
  let details: NewAnswers & { title?: string };
  if (ask) {
    const prompter = createPrompter(io);
    try {
      details = await askNewDetails(prompter, known, { templates, today, paint: paintFor(io) });
    } finally {
      prompter.close();
    }
  } else {
    details = {
      ...known,
      template: known.template ?? templates.find((t) => t.id === 'standard') ?? templates[0],
    };
  }
  const { template, title } = details;
  if (title === undefined) {
    throw usageError(
      'A title is required: add --title "What broke", or run hindsight new in a terminal to be asked.',
    );
  }
  if (!template) throw usageError('No template is available.');
  const date = details.date ?? today;
  const authors = (options.authors ?? []).map((a) => a.trim());

  const model = template.build({
    title,
    date,
    ...(details.severity ? { severity: details.severity } : {}),
    ...(authors.length > 0 ? { authors } : {}),
    ...(details.timezone ? { timezone: details.timezone } : {}),
  });
  const markdown = serialisePostmortem(model);
  const report: NewReport = {
    template: template.id,
    title,
    date,
    ...(details.severity ? { severity: details.severity } : {}),
    ...(details.timezone ? { timezone: details.timezone } : {}),
  };

  if (toStdout) {
    io.stdout.write(markdown);
    return 'ok';
  }
  const path = await newOutputPath(io.cwd, options.output, date, title);
  const shown = displayPath(path, io.cwd);
  await writeAtomic(path, markdown, { overwrite: Boolean(options.force), displayPath: shown });

  if (options.json) {
    io.stdout.write(`${JSON.stringify({ file: path, ...report }, null, 2)}\n`);
    return 'ok';
  }
  const paint = paintFor(io);
  io.stdout.write(
    [
      `${paint.green('Created')} ${paint.bold(shown)} from the ${template.id} template.`,
      `Next: replace each [bracketed prompt] with what happened, then check the document with`,
      `  ${paint.cyan(`hindsight parse ${shellQuote(shown)}`)}`,
      '',
    ].join('\n'),
  );
  return 'ok';
}

/** Checks every flag that was given, before anything is asked or written. */
function readFlags(options: NewOptions, templates: readonly Template[], io: Io): NewAnswers {
  const known: NewAnswers = {};
  if (options.template !== undefined) known.template = findTemplate(options.template, templates);
  if (options.title !== undefined) {
    const title = options.title.trim();
    if (title === '') throw usageError('--title is empty; give the incident a short name.');
    if (title.length > 300)
      throw usageError(`--title is ${title.length} characters long; keep it under 300.`);
    known.title = title;
  }
  if (options.date !== undefined) known.date = parseDateFlag(options.date, '--date');
  if (options.severity !== undefined)
    known.severity = parseSeverityFlag(options.severity, '--severity');
  if (options.timezone !== undefined) {
    const zone = parseZoneFlag(options.timezone, '--timezone');
    if (zone.warning)
      io.stderr.write(`${paintFor(io, 'stderr').yellow('warning:')} ${zone.warning}\n`);
    known.timezone = zone.id;
  }
  for (const author of options.authors ?? []) {
    if (author.trim() === '') throw usageError('--author is empty; give a name.');
    if (author.length > 200) throw usageError('--author is longer than 200 characters.');
  }
  return known;
}

function findTemplate(id: string, templates: readonly Template[]): Template {
  const template = templates.find((t) => t.id === id.trim().toLowerCase());
  if (!template) {
    throw usageError(
      `--template "${id}" is not a known template; choose one of ${templates.map((t) => t.id).join(', ')} (see hindsight templates).`,
    );
  }
  return template;
}
