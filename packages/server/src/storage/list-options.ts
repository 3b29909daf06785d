import { isoDateSchema, severitySchema, statusSchema, toFieldIssues } from '@hindsight/core';
import { z } from 'zod';
import type { PostmortemsTable } from './database.js';
import { InvalidInputError } from './errors.js';

/** How a list can be ordered: the column it sorts on and the usual direction. */
export const SORTS = {
  updated: { column: 'updated_at', order: 'desc' },
  created: { column: 'created_at', order: 'desc' },
  date: { column: 'date_key', order: 'desc' },
  title: { column: 'title_key', order: 'asc' },
  severity: { column: 'severity_rank', order: 'asc' },
  /** The trash only: when each postmortem was deleted. */
  deleted: { column: 'deleted_at', order: 'desc' },
} as const satisfies Record<string, { column: keyof PostmortemsTable; order: 'asc' | 'desc' }>;

export type SortKey = keyof typeof SORTS;
export type SortColumn = (typeof SORTS)[SortKey]['column'];

const SORT_KEYS = Object.keys(SORTS) as [SortKey, ...SortKey[]];
const name = z.string().min(1).max(200);

/** One value, or several of which any may match. */
function oneOrMany<T extends z.ZodType>(schema: T) {
  return z
    .union([schema, z.array(schema).min(1).max(50)])
    .optional()
    .transform((v) => (v === undefined ? undefined : Array.isArray(v) ? v : [v]));
}

/** The filters, order and page of a postmortem list. */
export const listOptionsSchema = z
  .object({
    status: oneOrMany(statusSchema),
    severity: oneOrMany(severitySchema),
    service: oneOrMany(name),
    team: oneOrMany(name),
    tag: oneOrMany(name),
    author: oneOrMany(name),
    /** Incident date from, inclusive (`YYYY-MM-DD`). */
    from: isoDateSchema.optional(),
    /** Incident date to, inclusive. */
    to: isoDateSchema.optional(),
    sort: z.enum(SORT_KEYS).optional(),
    /** Defaults to the sort's usual direction: newest first, titles A to Z, most severe first. */
    order: z.enum(['asc', 'desc']).optional(),
    cursor: z.string().min(1).max(1000).optional(),
    limit: z.number().int().min(1).max(200).default(50),
  })
  .strict();

/** What a caller passes to `list`. */
export type ListOptions = z.input<typeof listOptionsSchema>;
/** The options once checked, with defaults applied and filters as arrays. */
export type CheckedListOptions = z.output<typeof listOptionsSchema>;

/** Checks list options from outside; `invalid_input` naming each field at fault. */
export function checkListOptions(options: unknown): CheckedListOptions {
  const result = listOptionsSchema.safeParse(options ?? {});
  if (!result.success) throw new InvalidInputError(toFieldIssues(result.error));
  return result.data;
}
