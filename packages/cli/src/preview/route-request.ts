import { serialisePostmortem, toParseReport } from '@hindsight/core/markdown';
import { escapeHtml, renderHtml } from '@hindsight/core/render';
import { renderIndexPage } from './index-page.js';
import type { FolderFile, PostmortemFolder } from './postmortem-folder.js';
import { securityHeaders } from './security-headers.js';

/** A response, built before anything is written so that errors can still change the status. */
export interface PreviewResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export interface PreviewRequest {
  method: string;
  /** The request target, e.g. `/p/2024-01-02-api-outage.json`. */
  url: string;
  /** The Host header, checked against `allowedHosts`. */
  host?: string;
}

export interface RouteContext {
  folder: PostmortemFolder;
  generator: string;
  /**
   * Host names the server answers to, or undefined for any. A loopback server accepts only
   * loopback names, so a web page cannot reach it through a rebound DNS name.
   */
  allowedHosts?: ReadonlySet<string>;
}

/**
 * Answers one preview request: `/` lists the folder, `/p/<name>` renders a postmortem as HTML,
 * `/p/<name>.md` gives its canonical Markdown and `/p/<name>.json` its parse report. Only
 * names in the folder's listing resolve, so no path can reach another file.
 */
export async function routeRequest(
  request: PreviewRequest,
  context: RouteContext,
): Promise<PreviewResponse> {
  if (context.allowedHosts && !context.allowedHosts.has(hostName(request.host ?? ''))) {
    return page(
      421,
      'Wrong host',
      'This preview answers only to the address it printed when it started.',
    );
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    const response = page(405, 'Method not allowed', 'The preview is read-only.');
    return { ...response, headers: { ...response.headers, Allow: 'GET, HEAD' } };
  }
  const pathname = request.url.split(/[?#]/, 1)[0] ?? '/';
  if (pathname === '/') {
    const { loaded, unreadable } = await context.folder.loadAll();
    return html(200, renderIndexPage(context.folder.dir, loaded, unreadable, context.generator));
  }
  const match = /^\/p\/([^/]+)$/.exec(pathname);
  if (!match?.[1]) return notFound();
  let name: string;
  try {
    name = decodeURIComponent(match[1]);
  } catch {
    return page(400, 'Bad request', 'The address is not correctly encoded.');
  }
  const target = await resolveTarget(name, context.folder);
  if (!target) return notFound();
  const { result } = await context.folder.load(target.file);
  switch (target.as) {
    case 'md':
      return data('text/markdown; charset=utf-8', serialisePostmortem(result.model));
    case 'json':
      return data(
        'application/json; charset=utf-8',
        `${JSON.stringify(toParseReport(result, target.file.name), null, 2)}\n`,
      );
    case 'html':
      return html(
        200,
        renderHtml(result.model, { diagnostics: result.diagnostics, generator: context.generator }),
      );
  }
}

async function resolveTarget(
  name: string,
  folder: PostmortemFolder,
): Promise<{ file: FolderFile; as: 'html' | 'md' | 'json' } | undefined> {
  for (const [suffix, as] of [
    ['.md', 'md'],
    ['.json', 'json'],
  ] as const) {
    if (name.endsWith(suffix)) {
      const file = await folder.find(name.slice(0, -suffix.length));
      if (file) return { file, as };
    }
  }
  const file = await folder.find(name);
  return file ? { file, as: 'html' } : undefined;
}

/** The host name of a Host header, without its port and brackets, lower-cased. */
export function hostName(header: string): string {
  const value = header.trim().toLowerCase();
  if (value.startsWith('['))
    return value.slice(1, value.indexOf(']') === -1 ? undefined : value.indexOf(']'));
  const colon = value.lastIndexOf(':');
  return colon === -1 ? value : value.slice(0, colon);
}

function html(status: number, body: string): PreviewResponse {
  return {
    status,
    headers: { 'Content-Type': 'text/html; charset=utf-8', ...securityHeaders('html') },
    body,
  };
}

function data(type: string, body: string): PreviewResponse {
  return { status: 200, headers: { 'Content-Type': type, ...securityHeaders('data') }, body };
}

function notFound(): PreviewResponse {
  return page(
    404,
    'Not found',
    'There is no postmortem at this address. <a href="/">See the list</a>.',
  );
}

/** A short error page; `message` is trusted markup written here, never user text. */
function page(status: number, title: string, message: string): PreviewResponse {
  return html(
    status,
    `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>${escapeHtml(title)}</title>\n</head>\n<body>\n<h1>${escapeHtml(title)}</h1>\n<p>${message}</p>\n</body>\n</html>\n`,
  );
}
