import type { ActionStatus, ActionType, Priority } from '@hindsight/core';

/** The postmortem an action item belongs to, as a board row shows it. */
export interface ActionItemPostmortem {
  readonly id: string;
  readonly slug: string;
  readonly title: string;
}

/** An action item as the API returns it: its row, its postmortem, and whether it is late. */
export interface ActionItemView {
  readonly id: string;
  readonly postmortem: ActionItemPostmortem;
  readonly position: number;
  readonly title: string;
  readonly type: ActionType | null;
  readonly owner: string | null;
  readonly due: string | null;
  readonly status: ActionStatus;
  readonly priority: Priority | null;
  readonly link: string | null;
  /** Due before today (in the configured zone) and neither done nor dropped. */
  readonly overdue: boolean;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** Statuses that still need work: an item in one of them can be overdue. */
export const OPEN_STATUSES: readonly ActionStatus[] = ['open', 'in-progress'];

/** Whether an item with this due date and status is overdue on `today`. */
export function isOverdue(due: string | null, status: ActionStatus, today: string): boolean {
  return due !== null && due < today && OPEN_STATUSES.includes(status);
}
