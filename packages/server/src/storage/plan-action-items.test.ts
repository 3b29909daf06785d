import type { Selectable } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { ActionItemsTable } from './database.js';
import { planActionItems } from './plan-action-items.js';

const row = (
  id: string,
  position: number,
  title: string,
  status = 'open',
): Selectable<ActionItemsTable> => ({
  id,
  postmortem_id: 'p',
  position,
  title,
  type: null,
  owner: null,
  due: null,
  status: status as Selectable<ActionItemsTable>['status'],
  priority: null,
  link: null,
  created_at: 'then',
  updated_at: 'then',
});

describe('planActionItems', () => {
  let next = 0;
  const newId = () => `new-${++next}`;

  it('keeps unchanged rows, updates changed ones, inserts new and deletes dropped ones', () => {
    const existing = [row('a', 0, 'Add alert'), row('b', 1, 'Fix docs'), row('c', 2, 'Gone')];
    const plan = planActionItems(
      'p',
      existing,
      [
        { title: 'Fix docs', status: 'done' },
        { title: 'Add alert', status: 'open' },
        { title: 'Brand new', status: 'open' },
      ],
      'now',
      newId,
    );
    expect(plan.updates).toEqual([
      {
        id: 'b',
        values: expect.objectContaining({ position: 0, status: 'done', updated_at: 'now' }),
      },
      { id: 'a', values: expect.objectContaining({ position: 1, updated_at: 'now' }) },
    ]);
    expect(plan.inserts).toEqual([
      expect.objectContaining({
        title: 'Brand new',
        position: 2,
        created_at: 'now',
        postmortem_id: 'p',
      }),
    ]);
    expect(plan.deletes).toEqual(['c']);
  });

  it('writes nothing when nothing changed', () => {
    const plan = planActionItems(
      'p',
      [row('a', 0, 'Add alert')],
      [{ title: 'Add alert', status: 'open' }],
      'now',
      newId,
    );
    expect(plan).toEqual({ inserts: [], updates: [], deletes: [] });
  });

  it('matches repeated titles in order', () => {
    const existing = [row('a', 0, 'Same'), row('b', 1, 'Same')];
    const plan = planActionItems('p', existing, [{ title: 'Same', status: 'open' }], 'now', newId);
    expect(plan.deletes).toEqual(['b']);
    expect(plan.updates).toEqual([]);
  });
});
