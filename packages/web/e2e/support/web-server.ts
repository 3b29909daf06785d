import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { buildApp } from '../../../server/src/http/build-app.js';
import type { ServerConfig } from '../../../server/src/http/config.js';
import type { HttpApp } from '../../../server/src/http/http-app.js';
import type { PostmortemStore } from '../../../server/src/storage/postmortem-store.js';
import { openTestDatabase } from '../../../server/src/storage/test-support/for-each-dialect.js';

/** The built web app that the server serves. */
export const WEB_DIST = fileURLToPath(new URL('../../dist', import.meta.url));

export interface WebServer {
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  readonly url: string;
  readonly app: HttpApp;
  readonly store: PostmortemStore;
  close(): Promise<void>;
}

/** Why the browser tests cannot run here, or undefined when they can. */
export function webBuildMissing(): string | undefined {
  return existsSync(`${WEB_DIST}/index.html`)
    ? undefined
    : `the web app is not built (${WEB_DIST}/index.html): run npm run build`;
}

/**
 * The real server over a fresh SQLite database in a temporary folder, serving the built web
 * app, listening on a free port of 127.0.0.1. Nothing is mocked: auth, CSRF, storage and the
 * static files are the production code. `config` changes settings such as the publish profile.
 */
export async function startWebServer(config: Partial<ServerConfig> = {}): Promise<WebServer> {
  const db = await openTestDatabase('sqlite');
  const app = await buildApp({
    handle: db.handle,
    config: { ...config, staticRoot: WEB_DIST },
    logger: false,
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    app,
    store: app.ctx.store,
    async close() {
      await app.close();
      await db.dispose();
    },
  };
}
