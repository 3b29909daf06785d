/**
 * Stable error codes. Callers switch on `code`, never on message text; the server maps them
 * to HTTP statuses and the CLI to exit codes, each in one place.
 */
export type HindsightErrorCode =
  | 'invalid_input'
  | 'invalid_postmortem'
  | 'unknown_template'
  | 'invalid_template'
  | 'unknown_format'
  | 'not_found';

export class HindsightError extends Error {
  override readonly name = 'HindsightError';
  constructor(
    readonly code: HindsightErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}
