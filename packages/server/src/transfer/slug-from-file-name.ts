import { basename } from 'node:path';

/** The model's slug limit. */
const MAX_SLUG = 120;

/**
 * The slug a file stands for when its front matter names none: its name without the
 * extension, as lower-case ASCII words joined by hyphens (`hindsight new` names files
 * `<date>-<title words>.md`, so such a file keeps the slug it was written with). Undefined
 * when the name has no letter or digit to keep.
 *
 * @example slugFromFileName('/pm/2024-06-07 Login_Outage.md') // '2024-06-07-login-outage'
 */
export function slugFromFileName(path: string): string | undefined {
  const slug = basename(path)
    .replace(/\.(md|markdown)$/i, '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_SLUG)
    .replace(/-+$/, '');
  return slug === '' ? undefined : slug;
}
