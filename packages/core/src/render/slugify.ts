import { plainText } from './plain-text.js';

/**
 * A heading's anchor: lower-case letters and digits (any script) joined by hyphens.
 *
 * @example
 * slugify('Root Cause & Resolution'); // 'root-cause-resolution'
 */
export function slugify(heading: string): string {
  return plainText(heading)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
}

/**
 * Hands out unique anchors for one page: the second "Timeline" becomes `timeline-2`. The
 * same document always yields the same ids, so links to a section keep working.
 */
export function createSlugger(): (heading: string) => string {
  const used = new Set<string>();
  return (heading) => {
    const base = slugify(heading) || 'section';
    let slug = base;
    for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`;
    used.add(slug);
    return slug;
  };
}
