import { CONTENT_SECURITY_POLICY } from '@hindsight/core/render';

/**
 * Headers on every preview response. Pages may not run scripts or be framed, nothing is
 * sniffed into another type, and nothing is cached, because the files change while one writes.
 */
export function securityHeaders(kind: 'html' | 'data'): Record<string, string> {
  const csp =
    kind === 'html'
      ? `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`
      : "default-src 'none'; frame-ancestors 'none'; sandbox";
  return {
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Cache-Control': 'no-store',
  };
}
