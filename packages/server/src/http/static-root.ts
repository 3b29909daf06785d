import type { HttpApp } from './http-app.js';
import { registerStaticFiles } from './static-files.js';

/**
 * Serves the built web app (`packages/web/dist`) under `/`, called by buildApp after every
 * API route when `config.staticRoot` is set. The work is in static-files.ts: files read once,
 * SPA fallback to index.html, immutable caching of hashed assets, and the strict CSP.
 */
export async function registerStaticRoot(app: HttpApp, root: string): Promise<void> {
  registerStaticFiles(app, root);
}
