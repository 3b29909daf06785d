import {
  actionStatusSchema,
  factorCategorySchema,
  isoDateSchema,
  severitySchema,
  statusSchema,
} from '@hindsight/core';
import { GROUP_BY, METRIC_GAPS } from '@hindsight/core/metrics';
import { z } from 'zod';
import { nameSchema, oneOrMany } from './query-values.js';

/** The list's filters, which every insight takes. */
const filterFields = {
  status: oneOrMany(statusSchema),
  severity: oneOrMany(severitySchema),
  service: oneOrMany(nameSchema),
  team: oneOrMany(nameSchema),
  tag: oneOrMany(nameSchema),
  author: oneOrMany(nameSchema),
  from: isoDateSchema.optional().describe('incident date from, inclusive (YYYY-MM-DD)'),
  to: isoDateSchema.optional().describe('incident date to, inclusive (YYYY-MM-DD)'),
};

export const insightQuerySchema = z.object(filterFields).strict();

export const summaryQuerySchema = z
  .object({
    ...filterFields,
    groupBy: z.enum(GROUP_BY).optional().describe('also give the statistics of each group'),
  })
  .strict();

export const actionItemsQuerySchema = z
  .object({
    ...filterFields,
    today: isoDateSchema
      .optional()
      .describe('the day overdue items are counted on (default: today, in UTC)'),
  })
  .strict();

export const recurringQuerySchema = z
  .object({
    ...filterFields,
    threshold: z.coerce
      .number()
      .min(0.05)
      .max(1)
      .optional()
      .describe('cosine similarity for two causes to count as one (default 0.35)'),
  })
  .strict();

export const similarQuerySchema = z
  .object({
    ...filterFields,
    limit: z.coerce.number().int().min(1).max(50).optional().describe('at most (default 5)'),
    minScore: z.coerce
      .number()
      .min(0)
      .max(1)
      .optional()
      .describe('leave out scores below (default 0.1)'),
  })
  .strict();

export const idParamsSchema = z.object({ id: z.string().min(1).max(200) }).strict();

const severityMixSchema = z.object({
  critical: z.number(),
  high: z.number(),
  medium: z.number(),
  low: z.number(),
  unknown: z.number(),
});

const metricStatsSchema = z.object({
  n: z.number().describe('coverage: incidents with a value'),
  mean: z.number().nullable(),
  median: z.number().nullable(),
  p90: z.number().nullable(),
  min: z.number().nullable(),
  max: z.number().nullable(),
  missing: z.record(z.enum(METRIC_GAPS), z.number()),
});

const statsFields = {
  count: z.number(),
  metrics: z.object({
    timeToDetect: metricStatsSchema,
    timeToRespond: metricStatsSchema,
    timeToMitigate: metricStatsSchema,
    timeToResolve: metricStatsSchema,
    duration: metricStatsSchema,
  }),
  severity: severityMixSchema,
  perMonth: z.array(
    z.object({ month: z.string(), count: z.number(), severity: severityMixSchema }),
  ),
  undated: z.number(),
  services: z.array(z.object({ name: z.string(), count: z.number() })),
  teams: z.array(z.object({ name: z.string(), count: z.number() })),
};

/** GET /api/insights/summary. */
export const summaryResponseSchema = z.object({
  ...statsFields,
  groupBy: z.enum(GROUP_BY).optional(),
  groups: z.array(z.object({ key: z.string().nullable(), ...statsFields })).optional(),
});

const categoryCounts = z.record(factorCategorySchema, z.number());

/** GET /api/insights/factors. */
export const factorsResponseSchema = z.object({
  categories: z.array(
    z.object({ category: factorCategorySchema, factors: z.number(), incidents: z.number() }),
  ),
  byMonth: z.array(z.object({ month: z.string(), counts: categoryCounts })),
  inferred: z.number(),
  fromRootCause: z.number(),
});

const incidentLinkSchema = z.object({
  id: z.string(),
  slug: z.string(),
  title: z.string(),
  day: z.string().nullable(),
});

/** GET /api/insights/recurring. */
export const recurringResponseSchema = z.object({
  clusters: z.array(
    z.object({
      label: z.array(z.string()),
      minSimilarity: z.number(),
      members: z.array(incidentLinkSchema.extend({ cause: z.string() })),
    }),
  ),
  recurrences: z.array(
    z.object({
      incident: incidentLinkSchema,
      earlier: incidentLinkSchema,
      similarity: z.number(),
      doneItems: z.number(),
    }),
  ),
});

const countedMedianSchema = z.object({ n: z.number(), median: z.number().nullable() });

/** GET /api/insights/action-items. */
export const actionItemsResponseSchema = z.object({
  today: z.string(),
  total: z.number(),
  byStatus: z.record(actionStatusSchema, z.number()),
  completionRate: z.number().nullable(),
  overdue: z.number(),
  overdueItems: z.array(
    z.object({
      incident: incidentLinkSchema,
      title: z.string(),
      due: z.string(),
      owner: z.string().optional(),
      daysOverdue: z.number(),
    }),
  ),
  withOwner: z.number(),
  withDueDate: z.number(),
  timeToClose: z.object({ median: z.null(), reason: z.literal('no-closed-dates') }),
  plannedDays: countedMedianSchema,
  openAgeDays: countedMedianSchema,
});

/** GET /api/postmortems/:id/similar. */
export const similarResponseSchema = z.object({
  items: z.array(
    incidentLinkSchema.extend({
      score: z.number(),
      text: z.number(),
      sharedServices: z.array(z.string()),
      sharedTags: z.array(z.string()),
    }),
  ),
});
