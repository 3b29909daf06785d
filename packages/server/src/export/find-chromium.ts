import { existsSync } from 'node:fs';

/** Where Debian and Ubuntu install Chromium; the default when CHROMIUM_PATH is not set. */
export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/**
 * The Chromium to render PDFs with: `CHROMIUM_PATH` when it names a file that exists, else
 * /usr/bin/chromium when it exists, else undefined (PDF export then answers 501).
 */
export function findChromium(
  env: Readonly<Record<string, string | undefined>> = process.env,
  exists: (path: string) => boolean = existsSync,
): string | undefined {
  const configured = env['CHROMIUM_PATH']?.trim();
  if (configured && exists(configured)) return configured;
  return exists(DEFAULT_CHROMIUM) ? DEFAULT_CHROMIUM : undefined;
}
