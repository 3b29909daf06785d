import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/*
 * Paths are relative to this module, which sits one level below the package root both as
 * source (src/) and as build output (dist/), so the same URLs work in tests and when installed.
 */
const PACKAGE_JSON = new URL('../package.json', import.meta.url);

/** The folder of example postmortems that `hindsight start` previews. */
export const EXAMPLES_DIR = fileURLToPath(new URL('../examples/', import.meta.url));

let cachedVersion: string | undefined;

/** The CLI's version, from its package.json. */
export function cliVersion(): string {
  if (cachedVersion === undefined) {
    const pkg = JSON.parse(readFileSync(PACKAGE_JSON, 'utf8')) as { version?: unknown };
    cachedVersion = typeof pkg.version === 'string' ? pkg.version : '0.0.0';
  }
  return cachedVersion;
}

/** What generated pages name as their generator, e.g. `hindsight 0.1.0`. */
export function generatorName(): string {
  return `hindsight ${cliVersion()}`;
}
