import type { Postmortem } from '@hindsight/core';
import { monthOf } from '@hindsight/core/metrics';
import type { Insertable } from 'kysely';
import type { LabelKind, TimelineEntriesTable } from './database.js';
import { deriveColumns, deriveLabels } from './derive-columns.js';
import type { DerivedColumns } from './derive-columns.js';
import { deriveInsightsRows } from './insights-row.js';
import type { InsightsRows } from './insights-row.js';
import type { PostmortemInsightFactorsTable, PostmortemInsightsTable } from './insights-tables.js';
import { actionItemFields } from './plan-action-items.js';
import type { ActionItemFields } from './plan-action-items.js';
import { toUtcTimestamp } from './utc-timestamp.js';

/**
 * Every value a new postmortem's rows hold that follows from its checked model alone: the
 * row's derived columns, the model's JSON, labels, timeline, insights and action items. What
 * depends on the moment of writing (ids, timestamps, the actor) is added when it is written.
 * An import derives these on its worker threads, so that the writing thread only binds values
 * (docs/import-export.md); `create` derives them in place, so both write the same rows.
 */
export interface PreparedRows {
  readonly slug: string;
  /** `serialisePostmortem` of the model, with its slug. */
  readonly markdown: string;
  /** `JSON.stringify` of the model, with its slug: the row's and revision 1's `model`. */
  readonly modelJson: string;
  readonly columns: DerivedColumns;
  readonly labels: readonly { kind: LabelKind; value: string }[];
  readonly timeline: readonly Omit<Insertable<TimelineEntriesTable>, 'postmortem_id'>[];
  readonly insights: Omit<Insertable<PostmortemInsightsTable>, 'postmortem_id'>;
  readonly factors: readonly Omit<PostmortemInsightFactorsTable, 'postmortem_id'>[];
  readonly texts: InsightsRows['texts'];
  readonly actionItems: readonly ActionItemFields[];
}

/**
 * The rows of a new postmortem. `model` must be what `checkModel` returned, with its slug,
 * and `markdown` its `serialisePostmortem`.
 */
export function prepareRows(
  model: Postmortem & { readonly slug: string },
  markdown: string,
): PreparedRows {
  const { insights, texts, factors } = deriveInsightsRows(model);
  const month = insights.day ? monthOf(insights.day) : null;
  return {
    slug: model.slug,
    markdown,
    modelJson: JSON.stringify(model),
    columns: deriveColumns(model),
    labels: deriveLabels(model),
    timeline: model.timeline.map((entry, position) => ({
      position,
      at: entry.at === undefined ? null : (toUtcTimestamp(entry.at) ?? null),
      time_text: entry.time,
      kind: entry.kind,
      text: entry.text,
    })),
    insights: { ...insights, month, ...factors.counters },
    factors: factors.rows.map((f) => ({ month, ...f })),
    texts,
    actionItems: model.actionItems.map(actionItemFields),
  };
}
