import { isoDateSchema, severitySchema, statusSchema, visibilitySchema } from '@hindsight/core';
import { z } from 'zod';
import { MAX_QUERY_LENGTH } from '../../storage/search-options.js';

const name = z.string().min(1).max(200);

/** A filter given once (`?tag=dns`) or repeated (`?tag=dns&tag=cache`): any value matches. */
function oneOrMany<T extends z.ZodType>(schema: T) {
  return z.union([schema, z.array(schema).min(1).max(50)]).optional();
}

/** GET /api/search: the query, the postmortem list's filters, and the page. */
export const searchQuerySchema = z
  .object({
    q: z
      .string()
      .min(1)
      .max(MAX_QUERY_LENGTH)
      // Control characters are never part of a search someone typed: say so rather than
      // quietly finding nothing.
      // eslint-disable-next-line no-control-regex -- control characters are what it looks for
      .refine((q) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(q), {
        message: 'contains a control character',
      })
      .describe('words, "quoted phrases", -excluded terms, prefix* and OR (docs/search.md)'),
    status: oneOrMany(statusSchema),
    severity: oneOrMany(severitySchema),
    service: oneOrMany(name),
    team: oneOrMany(name),
    tag: oneOrMany(name),
    author: oneOrMany(name),
    from: isoDateSchema.optional().describe('incident date from, inclusive (YYYY-MM-DD)'),
    to: isoDateSchema.optional().describe('incident date to, inclusive (YYYY-MM-DD)'),
    limit: z.coerce.number().int().min(1).max(50).optional().describe('1 to 50, default 20'),
    cursor: z.string().min(1).max(200).optional().describe('nextCursor of the previous page'),
  })
  .strict();
export type SearchQuerystring = z.infer<typeof searchQuerySchema>;

/** Plain text and the `[start, end)` spans that matched, in UTF-16 code units. */
export const highlightedTextSchema = z.object({
  text: z.string(),
  highlights: z.array(z.tuple([z.number().int(), z.number().int()])),
});

/** A postmortem's list row. */
export const postmortemSummarySchema = z.object({
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

/** A page of search results, best first. */
export const searchResponseSchema = z.object({
  items: z.array(
    z.object({
      postmortem: postmortemSummarySchema,
      score: z.number().describe('higher is better; comparable within one result list only'),
      title: highlightedTextSchema,
      snippet: highlightedTextSchema,
    }),
  ),
  nextCursor: z.string().nullable(),
});
