import type { Postmortem } from '@hindsight/core';
import { insightRecord, similarityTerms } from '@hindsight/core/metrics';
import type { MetricName } from '@hindsight/core/metrics';
import type { Kysely } from 'kysely';
import type { Database } from './database.js';
import type { PostmortemInsightsTable } from './insights-tables.js';

/** The metric columns of `postmortem_insights`, by core's metric name. */
export const METRIC_COLUMNS = {
  timeToDetect: 'time_to_detect',
  timeToRespond: 'time_to_respond',
  timeToMitigate: 'time_to_mitigate',
  timeToResolve: 'time_to_resolve',
  duration: 'duration',
} as const satisfies Record<MetricName, keyof PostmortemInsightsTable>;

export type InsightsRow = Omit<PostmortemInsightsTable, 'postmortem_id' | 'metrics' | 'factors'> & {
  metrics: string;
  factors: string;
};

/**
 * The insights row of a postmortem, derived with core's `insightRecord` and
 * `similarityTerms`: the same facts `hindsight stats` derives from a file.
 */
export function deriveInsightsRow(model: Postmortem): InsightsRow {
  const record = insightRecord(model);
  const row = {
    day: record.day ?? null,
    metrics: JSON.stringify(record.metrics),
    factors: JSON.stringify(record.factors),
    cause: record.cause ?? null,
    similarity_terms: similarityTerms(model).join(' '),
  } as InsightsRow;
  for (const [name, column] of Object.entries(METRIC_COLUMNS) as [MetricName, MetricColumn][]) {
    const metric = record.metrics[name];
    row[column] = metric.minutes;
    row[`${column}_gap`] = metric.reason ?? null;
  }
  return row;
}

type MetricColumn = (typeof METRIC_COLUMNS)[MetricName];

/** Rewrites a postmortem's insights row, inside the caller's transaction. */
export async function writeInsightsRow(
  trx: Kysely<Database>,
  postmortemId: string,
  model: Postmortem,
  isNew: boolean,
): Promise<void> {
  if (!isNew)
    await trx.deleteFrom('postmortem_insights').where('postmortem_id', '=', postmortemId).execute();
  await trx
    .insertInto('postmortem_insights')
    .values({ postmortem_id: postmortemId, ...deriveInsightsRow(model) })
    .execute();
}
