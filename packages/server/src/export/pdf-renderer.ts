import type { Browser } from 'playwright-core';

/**
 * The only flags Chromium is started with: no sandbox (containers have no user namespaces), no
 * GPU, and none of the background traffic (updates, sync, QUIC probes) a server must not make.
 */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const;

/** Renders a standalone HTML page (core's renderHtml) to PDF. */
export interface PdfRenderer {
  render(html: string): Promise<Buffer>;
  close(): Promise<void>;
}

/**
 * A PDF renderer over one headless Chromium, started on the first export and shared by the
 * ones after it (a start costs far more than a page). Each export gets its own context with
 * JavaScript off and every network request refused: the page is our own HTML with its CSS
 * embedded, so nothing needs fetching, and a postmortem's image URL must not make the server
 * reach into its own network. playwright-core is imported only here and only when used, so the
 * server runs without it when no PDF is asked for.
 */
export function chromiumPdfRenderer(executablePath: string): PdfRenderer {
  let browser: Promise<Browser> | undefined;

  function launch(): Promise<Browser> {
    browser ??= import('playwright-core')
      .then(({ chromium }) =>
        chromium.launch({ executablePath, headless: true, args: [...CHROMIUM_FLAGS] }),
      )
      .then((started) => {
        // A crashed browser is started again by the next export.
        started.on('disconnected', () => (browser = undefined));
        return started;
      })
      .catch((error: unknown) => {
        browser = undefined;
        throw error;
      });
    return browser;
  }

  return {
    async render(html) {
      const context = await (await launch()).newContext({ javaScriptEnabled: false });
      try {
        await context.route('**/*', (route) => route.abort());
        const page = await context.newPage();
        await page.setContent(html, { waitUntil: 'load' });
        return await page.pdf({
          format: 'A4',
          printBackground: true,
          margin: { top: '18mm', bottom: '18mm', left: '16mm', right: '16mm' },
        });
      } finally {
        await context.close();
      }
    },
    async close() {
      const open = browser;
      browser = undefined;
      if (open) await (await open.catch(() => undefined))?.close();
    },
  };
}
