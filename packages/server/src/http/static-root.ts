import type { HttpApp } from './http-app.js';

/**
 * The hook for serving the built web app (`packages/web/dist`) under `/`, called by buildApp
 * after every API route when `config.staticRoot` is set. The web app's engineer fills it in;
 * until then it only says that nothing is served there.
 */
export async function registerStaticRoot(app: HttpApp, root: string): Promise<void> {
  app.log.warn({ root }, 'serving a static root is not built yet: only the API is served');
}
