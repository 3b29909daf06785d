/** Test seams and limits shared by the account stores. */
export interface AccountOptions {
  readonly now?: () => Date;
  readonly newId?: () => string;
  /** A session ends this long after sign-in, however active. Default 7 days. */
  readonly sessionTtlMs?: number;
  /** A session ends after this long without a request. Default 24 hours. */
  readonly sessionIdleMs?: number;
  /** Failed sign-ins allowed per username within `loginWindowMs`. Default 10. */
  readonly maxFailuresPerUsername?: number;
  /** Failed sign-ins allowed per client address within `loginWindowMs`. Default 30. */
  readonly maxFailuresPerIp?: number;
  /** The sliding window failed sign-ins are counted over. Default 15 minutes. */
  readonly loginWindowMs?: number;
}

/** {@link AccountOptions} with every default filled in. */
export interface ResolvedAccountOptions {
  readonly now: () => Date;
  readonly newId: () => string;
  readonly sessionTtlMs: number;
  readonly sessionIdleMs: number;
  readonly maxFailuresPerUsername: number;
  readonly maxFailuresPerIp: number;
  readonly loginWindowMs: number;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export function resolveAccountOptions(
  options: AccountOptions,
  newUuid: () => string,
): ResolvedAccountOptions {
  return {
    now: options.now ?? (() => new Date()),
    newId: options.newId ?? newUuid,
    sessionTtlMs: options.sessionTtlMs ?? 7 * DAY,
    sessionIdleMs: options.sessionIdleMs ?? DAY,
    maxFailuresPerUsername: options.maxFailuresPerUsername ?? 10,
    maxFailuresPerIp: options.maxFailuresPerIp ?? 30,
    loginWindowMs: options.loginWindowMs ?? 15 * MINUTE,
  };
}
