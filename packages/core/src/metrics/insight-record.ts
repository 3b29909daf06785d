import type { ActionItem, Postmortem, Severity } from '../model/index.js';
import { incidentFactors } from './factor-trends.js';
import type { IncidentFactors } from './factor-trends.js';
import { incidentRecord } from './incident-record.js';
import type { IncidentMetrics } from './incident-metrics.js';
import { rootCauseText } from './incident-text.js';

/**
 * Everything the analyses across incidents read of one postmortem, derived once with core's
 * definitions. `hindsight stats` derives it from each file; the server derives it on every
 * save and keeps it in rows, so both compute the same figures from the same facts. It serves
 * as an `AggregateRecord`, a `CauseSource` and an `ActionItemSource` (see `insightsOf`).
 */
export interface InsightRecord {
  title: string;
  /** The day the incident began (`YYYY-MM-DD`), when known; see `incidentDay`. */
  day?: string;
  severity?: Severity;
  services: readonly string[];
  teams: readonly string[];
  metrics: IncidentMetrics;
  /** The categories of its contributing factors. */
  factors: IncidentFactors;
  /** Its cause statement, when it states one. */
  cause?: string;
  actionItems: readonly ActionItemFacts[];
}

/** What the statistics read of an action item. */
export type ActionItemFacts = Pick<ActionItem, 'title' | 'status' | 'due' | 'owner'>;

/** The insight record of one postmortem. */
export function insightRecord(model: Postmortem): InsightRecord {
  const { index: _index, ...record } = incidentRecord(model, 0);
  const cause = rootCauseText(model);
  return {
    ...record,
    factors: incidentFactors(model),
    ...(cause === undefined ? {} : { cause }),
    actionItems: model.actionItems.map(({ title, status, due, owner }) => ({
      title,
      status,
      ...(due === undefined ? {} : { due }),
      ...(owner === undefined ? {} : { owner }),
    })),
  };
}
