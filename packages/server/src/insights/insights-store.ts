import { actionItemStatsOf, recurringCauses } from '@hindsight/core/metrics';
import type {
  ActionItemStats,
  Aggregate,
  FactorTrends,
  GroupBy,
  IncidentRef,
} from '@hindsight/core/metrics';
import type { ActionStatus } from '@hindsight/core';
import type { DatabaseHandle } from '../storage/create-database.js';
import { SYSTEM_VIEWER } from '../storage/viewer.js';
import type { Viewer } from '../storage/viewer.js';
import {
  checkInsightInput,
  groupBySchema,
  insightFiltersSchema,
  todaySchema,
} from './insight-options.js';
import type { InsightFilters } from './insight-options.js';
import { insightRows } from './insight-rows.js';
import { SimilarityCache } from './similarity-cache.js';
import { summaryOf } from './summary-query.js';
import { factorsOf } from './factors-query.js';
import { insightScope } from './insight-scope.js';
import type { SimilarOptions, SimilarPostmortem } from './similarity-cache.js';

/** A postmortem named in an insight: enough to link to it. */
export interface IncidentLink {
  id: string;
  slug: string;
  title: string;
  /** The day the incident began, `YYYY-MM-DD`, or null when unknown. */
  day: string | null;
}

/** A recurring cause: incidents whose cause statements read alike, the oldest first. */
export interface RecurringCause {
  label: string[];
  minSimilarity: number;
  members: (IncidentLink & { cause: string })[];
}

/** An incident whose cause came back although an earlier one's items were all done. */
export interface RecurrenceLink {
  incident: IncidentLink;
  earlier: IncidentLink;
  similarity: number;
  doneItems: number;
}

export interface RecurringInsights {
  clusters: RecurringCause[];
  recurrences: RecurrenceLink[];
}

export type ActionItemInsights = Omit<ActionItemStats, 'overdueItems'> & {
  overdueItems: (Omit<ActionItemStats['overdueItems'][number], 'incident'> & {
    incident: IncidentLink;
  })[];
};

/** Who asks, and over which postmortems. */
export interface InsightScope {
  viewer?: Viewer | undefined;
  filters?: InsightFilters | undefined;
}

/**
 * The figures of docs/metrics.md over postmortems in the database: any filtered set a viewer
 * may see. Each is computed by the same core function `hindsight stats` uses, from the rows
 * derived with core's `insightRecord` when each postmortem was saved, so a folder and the
 * database give equal figures for the same postmortems.
 *
 * @example
 * const insights = new InsightsStore(handle);
 * const summary = await insights.summary({ viewer, filters: { severity: 'critical' } }, 'month');
 */
export class InsightsStore {
  readonly #handle: DatabaseHandle;
  readonly #similar: SimilarityCache;

  constructor(handle: DatabaseHandle) {
    this.#handle = handle;
    this.#similar = new SimilarityCache(handle);
  }

  /** Count, metric statistics with coverage, severity mix, incidents per month, groups. */
  async summary(scope: InsightScope = {}, groupBy?: GroupBy): Promise<Aggregate> {
    const { viewer, filters } = checkScope(scope);
    const by = groupBy === undefined ? undefined : checkInsightInput(groupBySchema, groupBy);
    return summaryOf(this.#handle, viewer, filters, by);
  }

  /** Contributing-factor categories, counted and by month. */
  async factors(scope: InsightScope = {}): Promise<FactorTrends> {
    const { viewer, filters } = checkScope(scope);
    return factorsOf(this.#handle.db, await insightScope(this.#handle.db, viewer, filters));
  }

  /** Recurring root causes, and incidents that recurred although their actions were done. */
  async recurring(scope: InsightScope = {}, threshold?: number): Promise<RecurringInsights> {
    const { viewer, filters } = checkScope(scope);
    const incidents = await this.#incidents(viewer, filters, true);
    const items = await this.#itemStatuses(viewer, filters);
    const { clusters, recurrences } = recurringCauses(
      incidents.map((i) => ({
        title: i.title,
        day: i.day ?? undefined,
        cause: i.cause ?? undefined,
        actionItems: items.get(i.id) ?? [],
      })),
      threshold,
    );
    const link = (ref: IncidentRef): IncidentLink => linkOf(incidents, ref);
    return {
      clusters: clusters.map((c) => ({
        label: c.label,
        minSimilarity: c.minSimilarity,
        members: c.members.map((m) => ({ ...link(m), cause: m.cause })),
      })),
      recurrences: recurrences.map((r) => ({
        incident: link(r.incident),
        earlier: link(r.earlier),
        similarity: r.similarity,
        doneItems: r.doneItems,
      })),
    };
  }

  /** Action-item statistics; `today` (`YYYY-MM-DD`) is the day overdue items are counted on. */
  async actionItems(scope: InsightScope, today: string): Promise<ActionItemInsights> {
    const { viewer, filters } = checkScope(scope);
    const day = checkInsightInput(todaySchema, today);
    const incidents = await this.#incidents(viewer, filters, false);
    const rows = await insightRows(this.#handle.db, viewer, filters, true)
      .innerJoin('action_items', 'action_items.postmortem_id', 'postmortems.id')
      .select([
        'action_items.postmortem_id',
        'action_items.title',
        'action_items.status',
        'action_items.due',
        'action_items.owner',
      ])
      .orderBy('action_items.position')
      .execute();
    const items = new Map<
      string,
      { title: string; status: ActionStatus; due?: string; owner?: string }[]
    >();
    for (const row of rows) {
      const list = items.get(row.postmortem_id) ?? [];
      list.push({
        title: row.title,
        status: row.status,
        ...(row.due === null ? {} : { due: row.due }),
        ...(row.owner === null ? {} : { owner: row.owner }),
      });
      items.set(row.postmortem_id, list);
    }
    const stats = actionItemStatsOf(
      incidents.map((i) => ({ title: i.title, actionItems: items.get(i.id) ?? [] })),
      { today: day, days: incidents.map((i) => i.day ?? undefined) },
    );
    return {
      ...stats,
      overdueItems: stats.overdueItems.map((o) => ({
        ...o,
        incident: linkOf(incidents, o.incident),
      })),
    };
  }

  /**
   * The postmortems most like one postmortem, best first, among those the viewer may see
   * that match the filters. Not found (`not_found`) when the viewer may not see the target.
   */
  async similar(
    idOrSlug: string,
    scope: InsightScope = {},
    options: SimilarOptions = {},
  ): Promise<SimilarPostmortem[]> {
    const { viewer, filters } = checkScope(scope);
    return this.#similar.similar(idOrSlug, viewer, filters, options);
  }

  async #incidents(
    viewer: Viewer,
    filters: ReturnType<typeof checkScope>['filters'],
    withCause: boolean,
  ): Promise<(IncidentLink & { cause: string | null })[]> {
    const rows = await insightRows(this.#handle.db, viewer, filters, true)
      .select(['postmortems.id', 'postmortems.slug', 'postmortems.title', 'i.day'])
      .$if(withCause, (q) =>
        q
          .innerJoin('postmortem_insight_texts as t', 't.postmortem_id', 'postmortems.id')
          .select('t.cause'),
      )
      .execute();
    return rows.map((r) => ({
      id: r.id,
      slug: r.slug,
      title: r.title,
      day: r.day,
      cause: 'cause' in r ? (r.cause as string | null) : null,
    }));
  }

  /** The statuses of each postmortem's action items, in their order. */
  async #itemStatuses(
    viewer: Viewer,
    filters: ReturnType<typeof checkScope>['filters'],
  ): Promise<Map<string, { status: ActionStatus }[]>> {
    const rows = await insightRows(this.#handle.db, viewer, filters, true)
      .innerJoin('action_items', 'action_items.postmortem_id', 'postmortems.id')
      .select(['action_items.postmortem_id', 'action_items.status'])
      .orderBy('action_items.position')
      .execute();
    const out = new Map<string, { status: ActionStatus }[]>();
    for (const row of rows) {
      const list = out.get(row.postmortem_id) ?? [];
      list.push({ status: row.status });
      out.set(row.postmortem_id, list);
    }
    return out;
  }
}

function checkScope(scope: InsightScope) {
  return {
    viewer: scope.viewer ?? SYSTEM_VIEWER,
    filters: checkInsightInput(insightFiltersSchema, scope.filters ?? {}),
  };
}

function linkOf(incidents: readonly IncidentLink[], ref: IncidentRef): IncidentLink {
  const found = incidents[ref.index];
  if (!found) throw new Error(`no incident at position ${ref.index}`);
  const { id, slug, title, day } = found;
  return { id, slug, title, day };
}
