import type { z } from 'zod';
import { postmortemSchema } from './postmortem.js';
import type { Postmortem } from './postmortem.js';

/** One reason a value is not a valid postmortem, with the path of the field at fault. */
export interface FieldIssue {
  /** Dotted path, e.g. `actionItems.2.due`. */
  path: string;
  message: string;
}

export type ValidationResult =
  { ok: true; value: Postmortem } | { ok: false; issues: FieldIssue[] };

/**
 * Checks an untrusted value (JSON from a request, front matter from a file) against the
 * postmortem schema and names each field at fault instead of throwing.
 */
export function validatePostmortem(value: unknown): ValidationResult {
  const result = postmortemSchema.safeParse(value);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, issues: toFieldIssues(result.error) };
}

export function toFieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.') || '(root)',
    message: issue.message,
  }));
}
