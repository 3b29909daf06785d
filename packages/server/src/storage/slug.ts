import type { Postmortem } from '@hindsight/core';

/** Longest generated slug before a `-N` suffix, within the model's limit of 120. */
const MAX_BASE = 100;

/**
 * The slug a postmortem gets when it names none: its date and title as lower-case words
 * joined by hyphens (`2024-03-20-checkout-outage`), accents dropped.
 *
 * @example slugFor({ title: 'Café outage!', date: '2024-03-20', ... }) // '2024-03-20-cafe-outage'
 */
export function slugFor(model: Pick<Postmortem, 'title' | 'date'>): string {
  const words = `${model.date ?? ''} ${model.title}`
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const cut = words.slice(0, MAX_BASE).replace(/-+$/, '');
  return cut === '' ? 'postmortem' : cut;
}

/**
 * The first of `base`, `base-2`, `base-3`, … that is not in `taken`.
 *
 * @example withSuffix('outage', new Set(['outage', 'outage-2'])) // 'outage-3'
 */
export function withSuffix(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
