import { describe, expect, it } from 'vitest';
import { HindsightError } from '../errors.js';
import { buildPostmortem } from '../model/index.js';
import type { ActionItem } from '../model/index.js';
import { actionItemStats } from './action-item-stats.js';

const pm = (title: string, date: string | undefined, items: Partial<ActionItem>[]) =>
  buildPostmortem({
    title,
    ...(date ? { date } : {}),
    actionItems: items.map((i, n) => ({ title: `${title} ${n + 1}`, ...i })),
  });

describe('actionItemStats', () => {
  const models = [
    pm('A', '2024-04-01', [
      { status: 'done', due: '2024-04-10', owner: 'Sam' },
      { status: 'open', due: '2024-05-01', owner: 'Ana' },
      { status: 'in-progress', due: '2024-05-20' },
    ]),
    pm('B', '2024-05-01', [
      { status: 'wont-do' },
      { status: 'open', due: '2024-05-10' },
      { status: 'done' },
    ]),
    pm('C', undefined, [{ status: 'open', due: '2024-01-01' }]),
    pm('D', '2024-05-02', []),
  ];
  const stats = actionItemStats(models, { today: '2024-05-17' });

  it('counts items by status and the completion rate without won’t-do items', () => {
    expect(stats.total).toBe(7);
    expect(stats.byStatus).toEqual({ open: 3, 'in-progress': 1, done: 2, 'wont-do': 1 });
    // 2 done of the 6 that are not won't-do.
    expect(stats.completionRate).toBeCloseTo(2 / 6, 12);
    expect(stats.withOwner).toBe(2);
    expect(stats.withDueDate).toBe(5);
  });

  it('lists unfinished items past their due date, most overdue first', () => {
    // Due 2024-01-01 (137 days), 2024-05-01 (16), 2024-05-10 (7); 2024-05-20 is not due yet.
    expect(stats.overdue).toBe(3);
    expect(stats.overdueItems).toEqual([
      { incident: { index: 2, title: 'C' }, title: 'C 1', due: '2024-01-01', daysOverdue: 137 },
      {
        incident: { index: 0, title: 'A', day: '2024-04-01' },
        title: 'A 2',
        due: '2024-05-01',
        owner: 'Ana',
        daysOverdue: 16,
      },
      {
        incident: { index: 1, title: 'B', day: '2024-05-01' },
        title: 'B 2',
        due: '2024-05-10',
        daysOverdue: 7,
      },
    ]);
  });

  it('says why the time to close is unknown, and gives what can be known', () => {
    expect(stats.timeToClose).toEqual({ median: null, reason: 'no-closed-dates' });
    // Planned days (due − incident day): A 9, 30, 49; B 9. C has no day. Median of 9, 9, 30, 49.
    expect(stats.plannedDays).toEqual({ n: 4, median: 19.5 });
    // Ages of unfinished items of dated incidents on 2024-05-17: A 46, 46; B 16.
    expect(stats.openAgeDays).toEqual({ n: 3, median: 46 });
  });

  it('is not overdue on the due day itself', () => {
    const due = actionItemStats([pm('E', '2024-05-01', [{ due: '2024-05-17' }])], {
      today: '2024-05-17',
    });
    expect(due.overdue).toBe(0);
  });

  it('has no rate without items, and rejects a malformed today', () => {
    expect(actionItemStats([], { today: '2024-05-17' }).completionRate).toBeNull();
    expect(() => actionItemStats([], { today: '17/05/2024' })).toThrow(HindsightError);
  });
});
