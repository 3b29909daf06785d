import { ACTION_STATUSES } from '@hindsight/core';
import type { ActionStatus } from '@hindsight/core';
import type { Kysely } from 'kysely';
import type { Database } from '../storage/database.js';
import type { Viewer } from '../storage/viewer.js';
import { OPEN_STATUSES } from './action-item-view.js';
import type { CheckedActionItemFilters } from './action-item-list-options.js';
import { actionItemsQuery } from './action-item-query.js';

/** Counts over the action items a viewer may see, for the board's header and the metrics. */
export interface ActionItemStats {
  readonly total: number;
  readonly byStatus: Readonly<Record<ActionStatus, number>>;
  /** Due before today and still open or in progress. */
  readonly overdue: number;
  /** Still open or in progress with nobody named as owner. */
  readonly unassigned: number;
}

/**
 * Counts the action items matching `filters` among those `viewer` may see: by status,
 * overdue on `today`, and open without an owner. Three small grouped queries, no rows.
 */
export async function actionItemStats(
  db: Kysely<Database>,
  viewer: Viewer,
  filters: CheckedActionItemFilters,
  today: string,
): Promise<ActionItemStats> {
  const rows = await actionItemsQuery(db, viewer, filters, today)
    .select((eb) => ['action_items.status', eb.fn.countAll<number | string>().as('n')])
    .groupBy('action_items.status')
    .execute();
  const byStatus = Object.fromEntries(ACTION_STATUSES.map((s) => [s, 0])) as Record<
    ActionStatus,
    number
  >;
  for (const row of rows) byStatus[row.status] = Number(row.n);
  const overdue = await actionItemsQuery(db, viewer, { ...filters, overdue: true }, today)
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirstOrThrow();
  const unassigned = await actionItemsQuery(db, viewer, filters, today)
    .where('action_items.owner', 'is', null)
    .where('action_items.status', 'in', OPEN_STATUSES)
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirstOrThrow();
  return {
    total: Object.values(byStatus).reduce((a, b) => a + b, 0),
    byStatus,
    overdue: Number(overdue.n),
    unassigned: Number(unassigned.n),
  };
}
