import type { Postmortem } from '@hindsight/core';
import { insightRecord, monthOf, similarityTerms } from '@hindsight/core/metrics';
import type { IncidentFactors, MetricName } from '@hindsight/core/metrics';
import type { Insertable, Kysely } from 'kysely';
import type { Database } from './database.js';
import type {
  PostmortemInsightFactorsTable,
  PostmortemInsightTextsTable,
  PostmortemInsightsTable,
} from './insights-tables.js';

/** The metric columns of `postmortem_insights`, by core's metric name. */
export const METRIC_COLUMNS = {
  timeToDetect: 'time_to_detect',
  timeToRespond: 'time_to_respond',
  timeToMitigate: 'time_to_mitigate',
  timeToResolve: 'time_to_resolve',
  duration: 'duration',
} as const satisfies Record<MetricName, keyof PostmortemInsightsTable>;

type MetricColumn = (typeof METRIC_COLUMNS)[MetricName];

/**
 * A postmortem's insights rows, without its id. `insights` and `texts` are the rows of
 * migration 0006 (whose back-fill writes them as they are); `factors` is what 0009 added.
 */
export interface InsightsRows {
  insights: Omit<Insertable<PostmortemInsightsTable>, 'postmortem_id'>;
  texts: Omit<Insertable<PostmortemInsightTextsTable>, 'postmortem_id'>;
  factors: FactorRows;
}

/**
 * The insights rows of a postmortem, derived with core's `insightRecord` and
 * `similarityTerms`: the same facts `hindsight stats` derives from a file.
 */
export function deriveInsightsRows(model: Postmortem): InsightsRows {
  const record = insightRecord(model);
  const insights: InsightsRows['insights'] = {
    day: record.day ?? null,
    severity: record.severity ?? null,
    services: JSON.stringify(record.services),
    teams: JSON.stringify(record.teams),
    factors: JSON.stringify(record.factors),
  };
  for (const [name, column] of Object.entries(METRIC_COLUMNS) as [MetricName, MetricColumn][]) {
    const metric = record.metrics[name];
    insights[column] = metric.minutes;
    insights[`${column}_gap`] = metric.reason ?? null;
  }
  return {
    insights,
    factors: factorRows(record.factors),
    texts: {
      metrics: JSON.stringify(record.metrics),
      cause: record.cause ?? null,
      similarity_terms: similarityTerms(model).join(' '),
    },
  };
}

/** What migration 0009 added of a postmortem's factors: two counters and a row per category. */
export interface FactorRows {
  counters: { factors_inferred: number; factors_from_cause: number };
  rows: Omit<PostmortemInsightFactorsTable, 'postmortem_id' | 'month'>[];
}

/**
 * A postmortem's factor categories as rows: each category once, with how many of its factors
 * have it, so that counting factors and incidents per category is a `GROUP BY` (core's
 * `factorTrendsOf` counts the same from the list).
 */
export function factorRows(factors: IncidentFactors): FactorRows {
  const counts = new Map<IncidentFactors['categories'][number], number>();
  for (const category of factors.categories) counts.set(category, (counts.get(category) ?? 0) + 1);
  return {
    counters: {
      factors_inferred: factors.inferred,
      factors_from_cause: factors.fromRootCause ? 1 : 0,
    },
    rows: [...counts].map(([category, n]) => ({ category, factors: n })),
  };
}

/** Rewrites a postmortem's insights rows, inside the caller's transaction. */
export async function writeInsightsRows(
  trx: Kysely<Database>,
  postmortemId: string,
  model: Postmortem,
  isNew: boolean,
): Promise<void> {
  if (!isNew) {
    await trx.deleteFrom('postmortem_insights').where('postmortem_id', '=', postmortemId).execute();
    await trx
      .deleteFrom('postmortem_insight_texts')
      .where('postmortem_id', '=', postmortemId)
      .execute();
    await trx
      .deleteFrom('postmortem_insight_factors')
      .where('postmortem_id', '=', postmortemId)
      .execute();
  }
  const { insights, texts, factors } = deriveInsightsRows(model);
  const month = insights.day ? monthOf(insights.day) : null;
  await trx
    .insertInto('postmortem_insights')
    .values({ postmortem_id: postmortemId, ...insights, month, ...factors.counters })
    .execute();
  if (factors.rows.length > 0)
    await trx
      .insertInto('postmortem_insight_factors')
      .values(factors.rows.map((f) => ({ postmortem_id: postmortemId, month, ...f })))
      .execute();
  await trx
    .insertInto('postmortem_insight_texts')
    .values({ postmortem_id: postmortemId, ...texts })
    .execute();
}
