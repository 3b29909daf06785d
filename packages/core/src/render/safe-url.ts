import { decodeEntities } from './decode-entities.js';

/** Where a URL will be used: links may point at web pages and mail; images also at data. */
export type UrlUse = 'link' | 'image';

const LINK_SCHEMES = new Set(['http', 'https', 'mailto']);
const IMAGE_SCHEMES = new Set(['http', 'https']);
// Raster types only: an SVG data URL cannot run script inside <img>, but it is the one image
// format that is itself a document, and nothing in a postmortem needs it.
const IMAGE_DATA_URL = /^data:image\/(?:png|gif|jpe?g|webp)[;,]/;

/**
 * Checks a URL taken from an HTML attribute or a Markdown link and returns it cleaned
 * (character references decoded, control characters removed, trimmed), or `undefined` when
 * it must not be used. Allowed: relative URLs, `http:` and `https:`, `mailto:` for links,
 * and raster `data:image/...` for images.
 *
 * The scheme test runs on the value with every space and control character removed and
 * lower-cased, and treats any colon before the first `/`, `?` or `#` as a scheme. That is
 * stricter than a browser, which is the point: `jav&#x09;ascript:`, `JaVaScRiPt:` and
 * ` java\nscript:` are all refused, at the cost of refusing the odd relative path such as
 * `a:b`.
 *
 * @example
 * safeUrl('https://example.com/a?b=1&amp;c=2', 'link'); // 'https://example.com/a?b=1&c=2'
 * safeUrl('jav&#x09;ascript:alert(1)', 'link'); // undefined
 */
export function safeUrl(raw: string, use: UrlUse): string | undefined {
  const cleaned = stripControls(decodeEntities(raw)).trim();
  if (cleaned === '') return undefined;
  const probe = cleaned.replace(/[\s\u0080-\u009f\u200b-\u200f\u2028\u2029\ufeff]/g, '');
  const scheme = /^([^/?#]*):/.exec(probe.toLowerCase())?.[1];
  if (scheme === undefined) return cleaned;
  if (use === 'link') return LINK_SCHEMES.has(scheme) ? cleaned : undefined;
  if (IMAGE_SCHEMES.has(scheme)) return cleaned;
  return scheme === 'data' && IMAGE_DATA_URL.test(probe.toLowerCase()) ? cleaned : undefined;
}

/** Browsers drop tabs and newlines anywhere in a URL; the other C0 controls have no use. */
function stripControls(value: string): string {
  // eslint-disable-next-line no-control-regex -- removing control characters is the purpose
  return value.replace(/[\u0000-\u001f\u007f]/g, '');
}
