import { describe, expect, it } from 'vitest';
import { ConfigError, DEFAULT_SERVER_CONFIG, loadServerConfig } from './config.js';

function issuesOf(fn: () => unknown): { path: string; message: string }[] {
  try {
    fn();
  } catch (error) {
    if (error instanceof ConfigError) return error.issues;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('loadServerConfig', () => {
  it('has defaults that need nothing installed', () => {
    expect(loadServerConfig({})).toEqual(DEFAULT_SERVER_CONFIG);
    expect(DEFAULT_SERVER_CONFIG.bodyLimit).toBe(1024 * 1024);
    expect(DEFAULT_SERVER_CONFIG.databaseUrl).toBeUndefined();
  });

  it('reads environment variables, and flags win over them', () => {
    const config = loadServerConfig(
      {
        PORT: '8080',
        HOST: '0.0.0.0',
        HINDSIGHT_DATA_DIR: '/var/lib/hindsight',
        DATABASE_URL: 'postgres://u@db/h',
        LOG_LEVEL: 'warn',
        BODY_LIMIT: '2mb',
        TRUST_PROXY: 'true',
        SHUTDOWN_TIMEOUT_MS: '500',
        READ_CACHE_SIZE: '8mb',
      },
      { port: '9000', dataDir: './here' },
    );
    expect(config).toMatchObject({
      port: 9000,
      host: '0.0.0.0',
      dataDir: './here',
      databaseUrl: 'postgres://u@db/h',
      logLevel: 'warn',
      bodyLimit: 2 * 1024 * 1024,
      trustProxy: true,
      shutdownTimeoutMs: 500,
      readCacheBytes: 8 * 1024 * 1024,
    });
    expect(loadServerConfig({ READ_CACHE_SIZE: '0' }).readCacheBytes).toBe(0);
    expect(loadServerConfig({}).readCacheBytes).toBe(32 * 1024 * 1024);
  });

  it('treats an empty DATABASE_URL as SQLite', () => {
    expect(loadServerConfig({ DATABASE_URL: '  ' }).databaseUrl).toBeUndefined();
  });

  it('names every variable or flag at fault, without echoing a URL', () => {
    const issues = issuesOf(() =>
      loadServerConfig(
        {
          PORT: 'eighty',
          BODY_LIMIT: 'lots',
          DATABASE_URL: 'mysql://root:hunter2@db/x',
          READ_CACHE_SIZE: 'big',
        },
        { logLevel: 'loud' },
      ),
    );
    expect(issues.map((i) => i.path)).toEqual([
      'PORT',
      'DATABASE_URL',
      '--log-level',
      'BODY_LIMIT',
      'READ_CACHE_SIZE',
    ]);
    expect(JSON.stringify(issues)).not.toContain('hunter2');
    expect(issuesOf(() => loadServerConfig({}, { port: '70000' }))[0]?.path).toBe('--port');
  });
});
