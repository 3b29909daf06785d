import { CONTENT_SECURITY_POLICY, renderHtml } from '@hindsight/core/render';
import { z } from 'zod';
import { findChromium } from '../../export/find-chromium.js';
import { chromiumPdfRenderer } from '../../export/pdf-renderer.js';
import type { PdfRenderer } from '../../export/pdf-renderer.js';
import type { AppContext } from '../app-context.js';
import { requireViewer } from '../auth/guards.js';
import type { HttpApp } from '../http-app.js';
import { HttpError } from '../http-error.js';
import { errorResponses } from '../schemas/error-responses.js';
import { postmortemParamsSchema } from '../schemas/postmortem-schemas.js';

declare module '../app-context.js' {
  interface AppServices {
    /** PDF export; null when no Chromium is installed (the route then answers 501). */
    pdf: PdfRenderer | null;
  }
}

export const EXPORT_FORMATS = ['md', 'html', 'pdf'] as const;

const exportQuerySchema = z
  .object({
    format: z.enum(EXPORT_FORMATS).describe('md (canonical Markdown), html (one page), pdf'),
  })
  .strict();

const CONTENT_TYPES: Record<(typeof EXPORT_FORMATS)[number], string> = {
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
  pdf: 'application/pdf',
};

/**
 * `GET /api/postmortems/:idOrSlug/export?format=md|html|pdf`: the postmortem as a file to
 * download (`Content-Disposition: attachment`, named after its slug). The read goes through the
 * store with the viewer, so a postmortem the viewer may not see is a 404 here as everywhere.
 * PDF is core's HTML page printed by headless Chromium (CHROMIUM_PATH, else
 * /usr/bin/chromium); without one the answer is 501 `pdf_unavailable`, and the reader can
 * still print the HTML page, whose print stylesheet is made for it.
 */
export function registerExportRoutes(app: HttpApp, ctx: AppContext): void {
  if (ctx.services.pdf === undefined) {
    const chromium = findChromium();
    ctx.services.pdf = chromium === undefined ? null : chromiumPdfRenderer(chromium);
  }
  const pdf = ctx.services.pdf;
  if (pdf) app.addHook('onClose', () => pdf.close());

  app.get(
    '/api/postmortems/:idOrSlug/export',
    {
      schema: {
        tags: ['postmortems'],
        summary: 'Download a postmortem as Markdown, a standalone HTML page or a PDF',
        params: postmortemParamsSchema,
        querystring: exportQuerySchema,
        response: {
          200: z.string().describe('the file, of the content type the format names'),
          ...errorResponses(400, 401, 404, 501),
        },
      },
    },
    async (request, reply) => {
      const viewer = requireViewer(request);
      const { format } = request.query;
      const stored = await ctx.store.get(request.params.idOrSlug, { viewer });
      let body: string | Buffer;
      if (format === 'md') body = stored.markdown;
      else {
        const html = renderHtml(stored.model, { generator: 'Hindsight' });
        if (format === 'html') body = html;
        else if (pdf) body = await pdf.render(html);
        else
          throw new HttpError(
            501,
            'pdf_unavailable',
            'PDF export needs Chromium on the server (set CHROMIUM_PATH or install /usr/bin/chromium); export HTML and print it from the browser instead',
          );
      }
      reply
        .type(CONTENT_TYPES[format])
        .header('content-disposition', `attachment; filename="${fileName(stored.slug)}.${format}"`)
        .header('x-content-type-options', 'nosniff');
      // The page runs no script; the policy keeps it so if it is opened from the server.
      if (format === 'html') reply.header('content-security-policy', CONTENT_SECURITY_POLICY);
      // A Buffer or string is sent as it is, past the response schema.
      return reply.send(body as never);
    },
  );
}

/** Slugs are already tame; this keeps the header safe even if one is not. */
function fileName(slug: string): string {
  return slug.replace(/[^A-Za-z0-9._-]+/g, '-').slice(0, 150) || 'postmortem';
}
