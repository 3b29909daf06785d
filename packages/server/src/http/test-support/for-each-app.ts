import { afterAll, beforeAll, describe } from 'vitest';
import type { DatabaseConfig, DatabaseHandle } from '../../storage/create-database.js';
import type { PostmortemStore } from '../../storage/postmortem-store.js';
import {
  DIALECTS,
  openTestDatabase,
  testPostgresUrl,
} from '../../storage/test-support/for-each-dialect.js';
import type { TestDatabase, TestDialect } from '../../storage/test-support/for-each-dialect.js';
import type { Viewer } from '../../storage/viewer.js';
import { buildApp } from '../build-app.js';
import type { BuildAppOptions } from '../build-app.js';
import type { HttpApp } from '../http-app.js';
import { headerViewerResolver, testViewer } from './test-viewer.js';

const HOOK_TIMEOUT_MS = 60_000;

/** What an API test suite gets for its dialect: an app over a fresh, migrated database. */
export interface AppTestContext {
  readonly dialect: TestDialect;
  readonly app: HttpApp;
  readonly handle: DatabaseHandle;
  /** The app's own store, to arrange data or check what a request stored. */
  readonly store: PostmortemStore;
  readonly config: DatabaseConfig;
}

export interface ForEachAppOptions extends Omit<Partial<BuildAppOptions>, 'handle'> {
  /**
   * Who asks when a request has no `x-test-viewer` header (default: the editor `ada`; null for
   * nobody). Ignored when `resolveViewer` is given.
   */
  readonly viewer?: Viewer | null;
}

/**
 * Declares the suite `fn` once per dialect (as forEachDialect does) over an app built by
 * buildApp on a fresh database, closed afterwards. Requests come from `options.viewer`, or
 * from whoever their `x-test-viewer` header names (see asViewer).
 *
 * @example
 * forEachApp('postmortem routes', (ctx) => {
 *   it('lists', async () => {
 *     const res = await ctx.app.inject({ url: '/api/postmortems', headers: asViewer('viewer', 'bob') });
 *     expect(res.statusCode).toBe(200);
 *   });
 * });
 */
export function forEachApp(
  title: string,
  fn: (ctx: AppTestContext) => void,
  options: ForEachAppOptions = {},
): void {
  for (const dialect of DIALECTS) {
    const reason = skipReason(dialect);
    const name =
      reason === undefined ? `${title} [${dialect}]` : `${title} [${dialect}] — skipped: ${reason}`;
    describe.skipIf(reason !== undefined)(name, () => {
      let opened: TestDatabase | undefined;
      let app: HttpApp | undefined;
      beforeAll(async () => {
        opened = await openTestDatabase(dialect);
        const { viewer, ...rest } = options;
        app = await buildApp({
          logger: false,
          ...rest,
          resolveViewer:
            rest.resolveViewer ??
            headerViewerResolver(viewer === undefined ? testViewer('editor', 'ada') : viewer),
          handle: opened.handle,
        });
        await app.ready();
        // Migrating a fresh PostgreSQL schema can take longer than the default hook timeout
        // on a busy machine.
      }, HOOK_TIMEOUT_MS);
      afterAll(async () => {
        await app?.close();
        await opened?.dispose();
      }, HOOK_TIMEOUT_MS);
      const need = <T>(value: T | undefined): T => {
        if (value === undefined) throw new Error('the app is built in beforeAll');
        return value;
      };
      fn({
        dialect,
        get app() {
          return need(app);
        },
        get handle() {
          return need(opened).handle;
        },
        get store() {
          return need(app).ctx.store;
        },
        get config() {
          return need(opened).config;
        },
      });
    });
  }
}

/**
 * Why a dialect is skipped: the same rules as forEachDialect's (HINDSIGHT_TEST_DIALECTS
 * narrows the run; PostgreSQL needs HINDSIGHT_TEST_PG).
 */
function skipReason(dialect: TestDialect): string | undefined {
  const only = process.env['HINDSIGHT_TEST_DIALECTS'];
  if (only !== undefined && only.trim() !== '') {
    const wanted = only.split(',').map((d) => d.trim());
    if (!wanted.includes(dialect)) return `not in HINDSIGHT_TEST_DIALECTS (${only})`;
  }
  if (dialect === 'postgres' && testPostgresUrl() === undefined)
    return 'PostgreSQL not configured (HINDSIGHT_TEST_PG)';
  return undefined;
}
