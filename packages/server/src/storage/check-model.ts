import { validatePostmortem } from '@hindsight/core';
import type { FieldIssue, Postmortem, PostmortemInput } from '@hindsight/core';
import { normalisePostmortem } from '@hindsight/core/markdown';
import { InvalidInputError } from './errors.js';

/**
 * Validates a model from outside against the schema, and its text against what both
 * databases can keep, then normalises it (times resolved, a section for every structured
 * list) so that the stored model is what its canonical Markdown parses back to.
 * Throws {@link InvalidInputError} naming every field at fault.
 */
export function checkModel(input: PostmortemInput): Postmortem {
  const result = validatePostmortem(input);
  if (!result.ok) throw new InvalidInputError(result.issues);
  const issues: FieldIssue[] = [];
  findUnstorableText(result.value, '', issues);
  if (issues.length > 0) throw new InvalidInputError(issues);
  return normalisePostmortem(result.value);
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * PostgreSQL rejects U+0000 in text, and both drivers turn a lone UTF-16 surrogate into
 * U+FFFD on the way to UTF-8: refuse both, rather than fail on one dialect or change the text.
 */
function findUnstorableText(value: unknown, path: string, issues: FieldIssue[]): void {
  if (typeof value === 'string') {
    if (value.includes('\u0000'))
      issues.push({ path: path || '(root)', message: 'contains a NUL character (U+0000)' });
    else if (LONE_SURROGATE.test(value))
      issues.push({ path: path || '(root)', message: 'contains a lone UTF-16 surrogate' });
    return;
  }
  if (value === null || typeof value !== 'object') return;
  for (const [key, child] of Object.entries(value)) {
    findUnstorableText(child, path === '' ? key : `${path}.${key}`, issues);
    // Keys of `extra` are text too.
    if (key.includes('\u0000') || LONE_SURROGATE.test(key))
      issues.push({
        path: path === '' ? key : `${path}.${key}`,
        message: 'key is not storable text',
      });
  }
}
