import type { FieldIssue } from '@hindsight/core';
import { PROFILE_NAMES } from '@hindsight/core/lint';
import type { ProfileName } from '@hindsight/core/lint';
import { z } from 'zod';
import { isKnownZone } from '../workflow/today.js';

/** How the server runs: where it listens, where its data is, and its limits. */
export interface ServerConfig {
  readonly port: number;
  readonly host: string;
  /** The folder of the embedded SQLite file, used when `databaseUrl` is unset. */
  readonly dataDir: string;
  /** `postgres://…` to use PostgreSQL; undefined for SQLite. */
  readonly databaseUrl: string | undefined;
  readonly logLevel: LogLevel;
  /** The largest request body accepted, in bytes; bigger ones get 413. */
  readonly bodyLimit: number;
  /** Trust `X-Forwarded-*` from a proxy in front (for client addresses and https detection). */
  readonly trustProxy: boolean;
  /**
   * Mark the session cookie Secure even when the request does not look like HTTPS (a TLS proxy
   * that sends no X-Forwarded-Proto). HTTPS requests always get Secure cookies.
   */
  readonly secureCookies: boolean;
  /** How long a graceful shutdown waits for requests in flight, in milliseconds. */
  readonly shutdownTimeoutMs: number;
  /** A folder of built web-app files to serve under `/` (the web app's `dist`), if any. */
  readonly staticRoot: string | undefined;
  /** The lint profile a postmortem must pass without errors to be published. */
  readonly publishProfile: ProfileName;
  /** The IANA zone "today" is taken in: overdue action items, publication dates. */
  readonly timeZone: string;
  /**
   * Bytes of recently read postmortems' JSON answers kept in memory (0: none). Each is served
   * again only once known to be current (storage/read-postmortem-json.ts).
   */
  readonly readCacheBytes: number;
}

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** The defaults: a server on this machine only, over ./data/hindsight.db. */
export const DEFAULT_SERVER_CONFIG: ServerConfig = {
  port: 3000,
  host: '127.0.0.1',
  dataDir: './data',
  databaseUrl: undefined,
  logLevel: 'info',
  bodyLimit: 1024 * 1024,
  trustProxy: false,
  secureCookies: false,
  shutdownTimeoutMs: 10_000,
  staticRoot: undefined,
  publishProfile: 'standard',
  timeZone: 'UTC',
  readCacheBytes: 32 * 1024 ** 2,
};

/** Values given as command-line flags; each wins over its environment variable. */
export interface ServerFlags {
  readonly port?: string | undefined;
  readonly host?: string | undefined;
  readonly dataDir?: string | undefined;
  readonly databaseUrl?: string | undefined;
  readonly logLevel?: string | undefined;
  readonly staticRoot?: string | undefined;
}

/** A configuration value is wrong; `issues` names each variable or flag at fault. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  readonly code = 'invalid_config';
  constructor(readonly issues: FieldIssue[]) {
    super(`invalid configuration: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
  }
}

const SIZE_UNITS: Record<string, number> = {
  '': 1,
  b: 1,
  kb: 1024,
  k: 1024,
  mb: 1024 ** 2,
  m: 1024 ** 2,
};

const port = z.coerce.number().int('must be a whole number').min(0).max(65535);
const host = z.string().trim().min(1, 'must not be empty');
const path = z.string().trim().min(1, 'must not be empty');
const databaseUrl = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .refine((v) => v === undefined || /^postgres(?:ql)?:\/\//i.test(v), {
    // The URL may hold a password: never echo it.
    message: 'must be a postgres:// or postgresql:// URL, or empty for SQLite',
  });
const logLevel = z.enum(LOG_LEVELS);
const size = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^\d+\s*(b|k|kb|m|mb)?$/, 'must be a size in bytes, or with kb or mb: 1048576, 512kb, 2mb')
  .transform((v) => {
    const match = /^(\d+)\s*([a-z]*)$/.exec(v);
    return Number(match?.[1]) * (SIZE_UNITS[match?.[2] ?? ''] ?? 1);
  })
  .pipe(
    z
      .number()
      .int()
      .min(1024, 'must be at least 1 KiB')
      .max(1024 ** 3, 'must be at most 1 GiB'),
  );
/** A cache's size: like `size`, and 0 turns the cache off. */
const cacheSize = z
  .string()
  .trim()
  .transform((v, ctx) => {
    if (v === '0') return 0;
    const parsed = size.safeParse(v);
    if (parsed.success) return parsed.data;
    ctx.addIssue({ code: 'custom', message: parsed.error.issues[0]?.message ?? 'is not a size' });
    return z.NEVER;
  });
const bool = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.enum(['1', '0', 'true', 'false', 'yes', 'no']))
  .transform((v) => ['1', 'true', 'yes'].includes(v));
const profile = z.enum(PROFILE_NAMES);
const timeZone = z
  .string()
  .trim()
  .refine(isKnownZone, 'must be an IANA time zone such as UTC or Europe/Paris');
const millis = z.coerce.number().int('must be a whole number').min(0).max(600_000);

/**
 * Builds the server's configuration from flags and environment variables (flags win), with
 * every value checked. Throws {@link ConfigError} naming each flag or variable at fault, so
 * that `hindsight serve` can say which one to fix.
 *
 * @example
 * const config = loadServerConfig(process.env, { port: '8080' });
 */
export function loadServerConfig(
  env: Readonly<Record<string, string | undefined>>,
  flags: ServerFlags = {},
): ServerConfig {
  const issues: FieldIssue[] = [];
  function read<T>(
    schema: z.ZodType<T>,
    fallback: T,
    sources: readonly [name: string, value: string | undefined][],
  ): T {
    for (const [name, value] of sources) {
      if (value === undefined) continue;
      const result = schema.safeParse(value);
      if (result.success) return result.data;
      issues.push({ path: name, message: result.error.issues[0]?.message ?? 'is not valid' });
      return fallback;
    }
    return fallback;
  }
  const d = DEFAULT_SERVER_CONFIG;
  const config: ServerConfig = {
    port: read(port, d.port, [
      ['--port', flags.port],
      ['PORT', env['PORT']],
    ]),
    host: read(host, d.host, [
      ['--host', flags.host],
      ['HOST', env['HOST']],
    ]),
    dataDir: read(path, d.dataDir, [
      ['--data-dir', flags.dataDir],
      ['HINDSIGHT_DATA_DIR', env['HINDSIGHT_DATA_DIR']],
    ]),
    databaseUrl: read(databaseUrl, d.databaseUrl, [
      ['--database-url', flags.databaseUrl],
      ['DATABASE_URL', env['DATABASE_URL']],
    ]),
    logLevel: read(logLevel, d.logLevel, [
      ['--log-level', flags.logLevel],
      ['LOG_LEVEL', env['LOG_LEVEL']],
    ]),
    bodyLimit: read(size, d.bodyLimit, [['BODY_LIMIT', env['BODY_LIMIT']]]),
    trustProxy: read(bool, d.trustProxy, [['TRUST_PROXY', env['TRUST_PROXY']]]),
    secureCookies: read(bool, d.secureCookies, [['SECURE_COOKIES', env['SECURE_COOKIES']]]),
    shutdownTimeoutMs: read(millis, d.shutdownTimeoutMs, [
      ['SHUTDOWN_TIMEOUT_MS', env['SHUTDOWN_TIMEOUT_MS']],
    ]),
    staticRoot: read(path.optional(), d.staticRoot, [
      ['--static-root', flags.staticRoot],
      ['HINDSIGHT_STATIC_ROOT', env['HINDSIGHT_STATIC_ROOT']],
    ]),
    publishProfile: read(profile, d.publishProfile, [
      ['HINDSIGHT_PUBLISH_PROFILE', env['HINDSIGHT_PUBLISH_PROFILE']],
    ]),
    timeZone: read(timeZone, d.timeZone, [['HINDSIGHT_TIME_ZONE', env['HINDSIGHT_TIME_ZONE']]]),
    readCacheBytes: read(cacheSize, d.readCacheBytes, [
      ['READ_CACHE_SIZE', env['READ_CACHE_SIZE']],
    ]),
  };
  if (issues.length > 0) throw new ConfigError(issues);
  return config;
}
