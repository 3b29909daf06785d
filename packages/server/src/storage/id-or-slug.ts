import { isUuid } from './uuid.js';

/** The key {@link findByIdOrSlug} looks up: ids and slugs are stored lower-case. */
export function idOrSlugKey(idOrSlug: string): string {
  return idOrSlug.trim().toLowerCase();
}

/**
 * Finds a postmortem by id or slug with `find(column)`, one equality on one indexed column
 * at a time: by id when the key looks like a UUID, then by slug. An id wins over a slug that
 * happens to look like one. One `id = ? OR slug = ?` query would cost SQLite a multi-index OR
 * (two index searches and a row-id set), about as much again as reading the row.
 */
export async function findByIdOrSlug<T>(
  key: string,
  find: (column: 'id' | 'slug') => Promise<T | undefined>,
): Promise<T | undefined> {
  if (isUuid(key)) {
    const byId = await find('id');
    if (byId !== undefined) return byId;
  }
  return find('slug');
}
