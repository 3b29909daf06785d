import type { Postmortem } from '@hindsight/core';
import { insightRecord, similarityTerms } from '@hindsight/core/metrics';
import type { MetricName } from '@hindsight/core/metrics';
import type { Insertable, Kysely } from 'kysely';
import type { Database } from './database.js';
import type { PostmortemInsightTextsTable, PostmortemInsightsTable } from './insights-tables.js';

/** The metric columns of `postmortem_insights`, by core's metric name. */
export const METRIC_COLUMNS = {
  timeToDetect: 'time_to_detect',
  timeToRespond: 'time_to_respond',
  timeToMitigate: 'time_to_mitigate',
  timeToResolve: 'time_to_resolve',
  duration: 'duration',
} as const satisfies Record<MetricName, keyof PostmortemInsightsTable>;

type MetricColumn = (typeof METRIC_COLUMNS)[MetricName];

/** A postmortem's two insights rows, without its id. */
export interface InsightsRows {
  insights: Omit<Insertable<PostmortemInsightsTable>, 'postmortem_id'>;
  texts: Omit<Insertable<PostmortemInsightTextsTable>, 'postmortem_id'>;
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
    texts: {
      metrics: JSON.stringify(record.metrics),
      cause: record.cause ?? null,
      similarity_terms: similarityTerms(model).join(' '),
    },
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
  }
  const { insights, texts } = deriveInsightsRows(model);
  await trx
    .insertInto('postmortem_insights')
    .values({ postmortem_id: postmortemId, ...insights })
    .execute();
  await trx
    .insertInto('postmortem_insight_texts')
    .values({ postmortem_id: postmortemId, ...texts })
    .execute();
}
