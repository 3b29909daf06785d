import { isoDateSchema, severitySchema, statusSchema } from '@hindsight/core';
import { z } from 'zod';
import { MAX_QUERY_LENGTH } from '../../storage/search-options.js';
import { summarySchema } from './list-schemas.js';
import { nameSchema, oneOrMany } from './query-values.js';

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
    service: oneOrMany(nameSchema),
    team: oneOrMany(nameSchema),
    tag: oneOrMany(nameSchema),
    author: oneOrMany(nameSchema),
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

/** A page of search results, best first. */
export const searchResponseSchema = z.object({
  items: z.array(
    z.object({
      postmortem: summarySchema,
      score: z
        .number()
        .describe(
          'the place in the ranking, 1 for the best and lower after it; comparable within one result list only',
        ),
      title: highlightedTextSchema,
      snippet: highlightedTextSchema,
    }),
  ),
  nextCursor: z.string().nullable(),
});
