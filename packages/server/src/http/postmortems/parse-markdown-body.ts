import type { Postmortem } from '@hindsight/core';
import { parsePostmortem } from '@hindsight/core/markdown';
import type { Diagnostic } from '@hindsight/core/markdown';
import { invalidInput } from '../http-error.js';

/** Markdown from a request, read into a model, with the parser's warnings and notes. */
export interface ParsedBody {
  readonly model: Postmortem;
  readonly diagnostics: Diagnostic[];
}

/**
 * Reads a Markdown body with core's tolerant parser. Its errors (front matter that is not
 * YAML or TOML, a field of the wrong type) would otherwise lose what the author wrote, so
 * they refuse the write with 400 naming `path` and the lines; warnings come back with the
 * saved postmortem.
 */
export function parseMarkdownBody(markdown: string, path: string): ParsedBody {
  if (markdown.trim() === '')
    throw invalidInput([{ path, message: 'is empty: there is no document to save' }]);
  const parsed = parsePostmortem(markdown);
  const errors = parsed.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0)
    throw invalidInput(errors.map((d) => ({ path, message: `line ${d.line}: ${d.message}` })));
  return { model: parsed.model, diagnostics: parsed.diagnostics };
}
