import type { DatabaseHandle } from '../storage/create-database.js';
import type { PostmortemStore } from '../storage/postmortem-store.js';
import type { ServerConfig } from './config.js';

/**
 * Services that route modules add (search index, accounts, review workflow…). Each owner adds
 * its own entry by declaration merging in its own file, so that nobody edits this one:
 *
 * @example
 * declare module '../app-context.js' {
 *   interface AppServices { search: SearchService }
 * }
 * // then, in the route module: ctx.services.search ??= new SearchService(ctx.handle);
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by declaration merging
export interface AppServices {}

/**
 * What every route module is given: the open database, the postmortem store over it, the
 * server's configuration and the shared services. One per app; nothing in it is per request,
 * so that several server processes can share one database.
 */
export interface AppContext {
  readonly handle: DatabaseHandle;
  readonly store: PostmortemStore;
  readonly config: ServerConfig;
  /** Filled by route modules (or by tests through `buildApp({ services })`). */
  readonly services: Partial<AppServices>;
  /** True once a shutdown has begun: `/readyz` answers 503 from then on. */
  readonly lifecycle: { shuttingDown: boolean };
}
