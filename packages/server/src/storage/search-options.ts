import { toFieldIssues } from '@hindsight/core';
import { z } from 'zod';
import { InvalidInputError } from './errors.js';
import type { ListFilters } from './list-filters.js';
import { listOptionsSchema } from './list-options.js';

/** The longest query accepted, in characters. */
export const MAX_QUERY_LENGTH = 500;

/** The filters a search takes: the same as a postmortem list's. */
export const searchFiltersSchema = listOptionsSchema
  .pick({
    status: true,
    severity: true,
    service: true,
    team: true,
    tag: true,
    author: true,
    from: true,
    to: true,
  })
  .strict();

export type SearchFilters = z.input<typeof searchFiltersSchema>;

/** The largest page of a search. */
export const MAX_SEARCH_LIMIT = 50;

/** The page of a search. */
export const searchPageSchema = z
  .object({
    limit: z.number().int().min(1).max(MAX_SEARCH_LIMIT).default(20),
    cursor: z.string().min(1).max(200).optional(),
  })
  .strict();

export const searchTextSchema = z.string().trim().min(1).max(MAX_QUERY_LENGTH);

function check<T extends z.ZodType>(schema: T, value: unknown, prefix = ''): z.output<T> {
  const result = schema.safeParse(value);
  if (!result.success)
    throw new InvalidInputError(
      toFieldIssues(result.error).map((i) => ({
        ...i,
        // A scalar's issue has no path of its own: name the field it came in.
        path: prefix !== '' && i.path === '(root)' ? prefix : i.path,
      })),
    );
  return result.data;
}

/** Checks the query text; `invalid_input` on `q`. */
export function checkSearchText(q: unknown): string {
  return check(searchTextSchema, q, 'q');
}

/** Checks the filters; `invalid_input` naming each filter at fault. */
export function checkSearchFilters(filters: unknown): ListFilters {
  return check(searchFiltersSchema, filters ?? {});
}

/** Checks the page options; `invalid_input` on `limit` or `cursor`. */
export function checkSearchPage(page: unknown): z.output<typeof searchPageSchema> {
  return check(searchPageSchema, page ?? {});
}
