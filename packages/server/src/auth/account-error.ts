/**
 * Stable codes of the account layer, with the HTTP status each maps to. Callers switch on
 * `code`. Field validation uses the storage layer's `InvalidInputError` (`invalid_input`,
 * 400) and missing users, teams or tokens its `NotFoundError` (`not_found`, 404).
 */
export const ACCOUNT_ERROR_STATUS = {
  /** Another user has that username (compared case-insensitively). */
  username_taken: 409,
  /** Another team has that name (compared case-insensitively). */
  team_taken: 409,
  /** Setup was already done: users exist. */
  setup_done: 409,
  /** The change would leave no active administrator. */
  last_admin: 409,
  /** Wrong username or password, or a disabled account: deliberately one answer for all. */
  invalid_credentials: 401,
  /** Too many failed sign-ins; `retryAfterSeconds` says when to try again. */
  rate_limited: 429,
} as const;

export type AccountErrorCode = keyof typeof ACCOUNT_ERROR_STATUS;

/** An error of the account layer that the user can act on; never a bug. */
export class AccountError extends Error {
  override readonly name = 'AccountError';
  /** The HTTP status the API answers with, so the error handler needs no table of its own. */
  readonly statusCode: number;
  constructor(
    readonly code: AccountErrorCode,
    message: string,
    readonly issues?: readonly { path: string; message: string }[],
    /** For `rate_limited`: whole seconds until a new attempt may succeed. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.statusCode = ACCOUNT_ERROR_STATUS[code];
  }
}
