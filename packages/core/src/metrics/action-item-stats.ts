import { ACTION_STATUSES } from '../model/index.js';
import type { ActionItem, ActionStatus, Postmortem } from '../model/index.js';
import { HindsightError } from '../errors.js';
import { daysBetween } from './day-difference.js';
import { incidentDay } from './incident-day.js';
import { incidentRef } from './incident-ref.js';
import type { IncidentRef } from './incident-ref.js';
import { percentile } from './percentile.js';

/** A median over the items that had what it needs. */
export interface CountedMedian {
  n: number;
  median: number | null;
}

/** An action item past its due date and not finished. */
export interface OverdueItem {
  incident: IncidentRef;
  title: string;
  due: string;
  owner?: string;
  /** Days past the due date, on `today`. */
  daysOverdue: number;
}

export interface ActionItemStats {
  total: number;
  byStatus: Record<ActionStatus, number>;
  /** Done items over all items except those marked won't-do; null when there are none. */
  completionRate: number | null;
  /** Open or in-progress items whose due date is before `today`. */
  overdue: number;
  overdueItems: OverdueItem[];
  withOwner: number;
  withDueDate: number;
  /**
   * Median days from being raised to being closed. The model records no date on which an
   * item was closed, so this cannot be known yet: always null, with the reason.
   */
  timeToClose: { median: null; reason: 'no-closed-dates' };
  /** Days from the incident to the due date, over items with both: the time teams allowed. */
  plannedDays: CountedMedian;
  /** Age in days, on `today`, of open and in-progress items of dated incidents. */
  openAgeDays: CountedMedian;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** What action-item statistics read of one incident: its title and its items' facts. */
export interface ActionItemSource {
  title: string;
  actionItems: readonly Pick<ActionItem, 'title' | 'status' | 'due' | 'owner'>[];
}

/**
 * Statistics of the action items of a set of postmortems. `today` (`YYYY-MM-DD`) is what
 * "overdue" and "age" are measured against; it is an argument so that the result depends on
 * nothing but the input.
 *
 * @example
 * actionItemStats(models, { today: '2024-05-17' }).completionRate; // 0.75
 */
export function actionItemStats(
  models: readonly Postmortem[],
  options: { today: string; days?: readonly (string | undefined)[] },
): ActionItemStats {
  return actionItemStatsOf(models, {
    today: options.today,
    days:
      options.days ?? models.map((m) => (m.actionItems.length > 0 ? incidentDay(m) : undefined)),
  });
}

/** {@link actionItemStats} from each incident's items and day, known already. */
export function actionItemStatsOf(
  models: readonly ActionItemSource[],
  options: { today: string; days: readonly (string | undefined)[] },
): ActionItemStats {
  const { today } = options;
  if (!DATE.test(today) || daysBetween(today, today) === undefined) {
    throw new HindsightError('invalid_input', `today must be a date as YYYY-MM-DD, not "${today}"`);
  }
  const byStatus = {} as Record<ActionStatus, number>;
  for (const status of ACTION_STATUSES) byStatus[status] = 0;
  const overdueItems: OverdueItem[] = [];
  const planned: number[] = [];
  const ages: number[] = [];
  let total = 0;
  let withOwner = 0;
  let withDueDate = 0;
  models.forEach((model, index) => {
    if (model.actionItems.length === 0) return;
    const day = options.days[index];
    for (const item of model.actionItems) {
      total++;
      byStatus[item.status]++;
      if (item.owner) withOwner++;
      const unfinished = item.status === 'open' || item.status === 'in-progress';
      if (item.due) {
        withDueDate++;
        const plan = day === undefined ? undefined : daysBetween(day, item.due);
        if (plan !== undefined) planned.push(plan);
        const late = daysBetween(item.due, today);
        if (unfinished && late !== undefined && late > 0) {
          overdueItems.push({
            incident: incidentRef(model, index, day),
            title: item.title,
            due: item.due,
            ...(item.owner ? { owner: item.owner } : {}),
            daysOverdue: late,
          });
        }
      }
      const age = day === undefined ? undefined : daysBetween(day, today);
      if (unfinished && age !== undefined) ages.push(age);
    }
  });
  const countable = total - byStatus['wont-do'];
  overdueItems.sort((a, b) => b.daysOverdue - a.daysOverdue || a.incident.index - b.incident.index);
  return {
    total,
    byStatus,
    completionRate: countable === 0 ? null : byStatus.done / countable,
    overdue: overdueItems.length,
    overdueItems,
    withOwner,
    withDueDate,
    timeToClose: { median: null, reason: 'no-closed-dates' },
    plannedDays: countedMedian(planned),
    openAgeDays: countedMedian(ages),
  };
}

function countedMedian(values: number[]): CountedMedian {
  values.sort((a, b) => a - b);
  return { n: values.length, median: percentile(values, 0.5) ?? null };
}
