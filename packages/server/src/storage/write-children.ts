import type { Postmortem } from '@hindsight/core';
import type { Kysely } from 'kysely';
import type { Database } from './database.js';
import { deriveLabels } from './derive-columns.js';
import { writeInsightsRows } from './insights-row.js';
import { planActionItems } from './plan-action-items.js';
import { toUtcTimestamp } from './utc-timestamp.js';

/** Rows per INSERT: far below SQLite's and PostgreSQL's limits on bound parameters. */
const CHUNK = 200;

/**
 * Brings the rows derived from a postmortem's model (labels, timeline entries, action items)
 * in step with it, inside the caller's transaction. Labels and timeline rows are rewritten;
 * action items are matched so that they keep their ids.
 */
export async function writeChildren(
  trx: Kysely<Database>,
  postmortemId: string,
  model: Postmortem,
  options: { now: string; newId: () => string; isNew: boolean },
): Promise<void> {
  if (!options.isNew) {
    await trx.deleteFrom('postmortem_labels').where('postmortem_id', '=', postmortemId).execute();
    await trx.deleteFrom('timeline_entries').where('postmortem_id', '=', postmortemId).execute();
  }
  const labels = deriveLabels(model).map((l) => ({ postmortem_id: postmortemId, ...l }));
  for (const chunk of chunks(labels))
    await trx.insertInto('postmortem_labels').values(chunk).execute();

  const entries = model.timeline.map((entry, position) => ({
    postmortem_id: postmortemId,
    position,
    at: entry.at === undefined ? null : (toUtcTimestamp(entry.at) ?? null),
    time_text: entry.time,
    kind: entry.kind,
    text: entry.text,
  }));
  for (const chunk of chunks(entries))
    await trx.insertInto('timeline_entries').values(chunk).execute();
  await writeInsightsRows(trx, postmortemId, model, options.isNew);

  const existing = options.isNew
    ? []
    : await trx
        .selectFrom('action_items')
        .selectAll()
        .where('postmortem_id', '=', postmortemId)
        .execute();
  const plan = planActionItems(
    postmortemId,
    existing,
    model.actionItems,
    options.now,
    options.newId,
  );
  for (const chunk of chunks(plan.deletes))
    await trx.deleteFrom('action_items').where('id', 'in', chunk).execute();
  for (const { id, values } of plan.updates)
    await trx.updateTable('action_items').set(values).where('id', '=', id).execute();
  for (const chunk of chunks(plan.inserts))
    await trx.insertInto('action_items').values(chunk).execute();
}

function chunks<T>(rows: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += CHUNK) out.push(rows.slice(i, i + CHUNK));
  return out;
}
