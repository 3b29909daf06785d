/** Exit codes, decided here and mapped in `main` only. */
export const EXIT = {
  ok: 0,
  /** The command ran and found problems (lint errors, `parse --strict` errors). */
  findings: 1,
  /** Wrong usage, unreadable input, or an internal error. */
  usage: 2,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/**
 * What a command that ran to the end reports: it did its job (`ok`), or it did its job and
 * found problems the user asked to fail on (`findings`). Failures are thrown as errors.
 */
export type Outcome = 'ok' | 'findings';

export type CliErrorCode =
  | 'usage'
  | 'file_not_found'
  | 'file_unreadable'
  | 'file_exists'
  | 'file_unwritable'
  | 'invalid_input'
  | 'port_unavailable';

/** An error the user can fix; printed as one line, without a stack trace. */
export class CliError extends Error {
  override readonly name = 'CliError';
  constructor(
    readonly code: CliErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** A usage error: a flag or argument the user gave is wrong. */
export function usageError(message: string): CliError {
  return new CliError('usage', message);
}
