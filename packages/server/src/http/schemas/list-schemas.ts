import { isoDateSchema, severitySchema, statusSchema, visibilitySchema } from '@hindsight/core';
import { z } from 'zod';
import { SORTS } from '../../storage/list-options.js';
import type { SortKey } from '../../storage/list-options.js';
import { nameSchema, oneOrMany } from './query-values.js';

const SORT_KEYS = Object.keys(SORTS) as [SortKey, ...SortKey[]];

/** The query of a postmortem list (`GET /api/postmortems`, `GET /api/trash`). */
export const listQuerySchema = z
  .object({
    status: oneOrMany(statusSchema),
    severity: oneOrMany(severitySchema),
    service: oneOrMany(nameSchema),
    team: oneOrMany(nameSchema),
    tag: oneOrMany(nameSchema),
    author: oneOrMany(nameSchema),
    from: isoDateSchema.optional().describe('incident date from, inclusive (YYYY-MM-DD)'),
    to: isoDateSchema.optional().describe('incident date to, inclusive (YYYY-MM-DD)'),
    sort: z.enum(SORT_KEYS).optional(),
    order: z.enum(['asc', 'desc']).optional(),
    cursor: z.string().min(1).max(1000).optional().describe('`nextCursor` of the previous page'),
    limit: z.coerce
      .number()
      .int()
      .min(1)
      .max(200)
      .optional()
      .describe('rows per page (default 50)'),
  })
  .strict();

/** One row of a list. */
export const summarySchema = z.object({
  id: z.string(),
  slug: z.string(),
  title: z.string(),
  status: statusSchema,
  severity: severitySchema.nullable(),
  visibility: visibilitySchema,
  date: z.string().nullable(),
  services: z.array(z.string()),
  teams: z.array(z.string()),
  tags: z.array(z.string()),
  authors: z.array(z.string()),
  durationMinutes: z.number().nullable(),
  revision: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  updatedBy: z.string(),
  deletedAt: z.string().nullable(),
});

/** A page of a list and the cursor of the next one (null on the last page). */
export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}
