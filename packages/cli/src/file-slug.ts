/** Longest slug put in a file name; long titles are cut at a word boundary. */
const MAX_SLUG = 60;

/**
 * A title as a file-name part: lower-case letters and digits joined by hyphens, accents
 * removed, cut at a word boundary near 60 characters. Letters of any script are kept, so a
 * title in Greek still names its file; a title with no letters at all gives `postmortem`.
 *
 * @example fileSlug('Checkout API: 502s for 40% of users') // 'checkout-api-502s-for-40-of-users'
 */
export function fileSlug(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  if (slug === '') return 'postmortem';
  if (slug.length <= MAX_SLUG) return slug;
  const cut = slug.slice(0, MAX_SLUG + 1);
  const boundary = cut.lastIndexOf('-');
  return (boundary > MAX_SLUG / 2 ? cut.slice(0, boundary) : cut.slice(0, MAX_SLUG)).replace(
    /-+$/,
    '',
  );
}
