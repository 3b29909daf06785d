import { describe, expect, it } from 'vitest';
import { buildRootCauseIndex } from './root-cause-index.js';
import { clusterRootCauses } from './root-cause-clusters.js';
import { recurrencesAfterDone } from './recurrences.js';
import { CAUSES, withCause } from './test-support/causes.js';

const find = (models: Parameters<typeof buildRootCauseIndex>[0]) => {
  const index = buildRootCauseIndex(models);
  return recurrencesAfterDone(index, clusterRootCauses(index));
};

describe('recurrencesAfterDone', () => {
  it('reports a later incident with the cause of an earlier one whose items were all done', () => {
    const found = find([
      withCause(CAUSES[1], '2024-03-02'),
      withCause(CAUSES[0], '2024-01-05', [
        { status: 'done' },
        { status: 'wont-do' },
        { status: 'done' },
      ]),
    ]);
    expect(found).toEqual([
      {
        incident: { index: 0, title: CAUSES[1].slice(0, 40), day: '2024-03-02' },
        earlier: { index: 1, title: CAUSES[0].slice(0, 40), day: '2024-01-05' },
        similarity: expect.any(Number) as number,
        doneItems: 2,
      },
    ]);
  });

  it('ignores an earlier incident with unfinished items, only won’t-do items, or none', () => {
    for (const items of [
      [{ status: 'done' as const }, { status: 'open' as const }],
      [{ status: 'wont-do' as const }],
      [],
    ]) {
      expect(
        find([withCause(CAUSES[0], '2024-01-05', items), withCause(CAUSES[1], '2024-03-02')]),
      ).toEqual([]);
    }
  });

  it('needs the order of the two to be known', () => {
    const done = [{ status: 'done' as const }];
    expect(
      find([withCause(CAUSES[0], '2024-01-05', done), withCause(CAUSES[1], '2024-01-05')]),
    ).toEqual([]);
    expect(
      find([withCause(CAUSES[0], '2024-01-05', done), withCause(CAUSES[1], undefined)]),
    ).toEqual([]);
  });

  it('ignores dissimilar causes and an incident whose own items are done', () => {
    const done = [{ status: 'done' as const }];
    expect(
      find([withCause(CAUSES[0], '2024-01-05', done), withCause(CAUSES[7], '2024-03-02')]),
    ).toEqual([]);
    // The later one's items being done says nothing about a recurrence.
    expect(
      find([withCause(CAUSES[0], '2024-01-05'), withCause(CAUSES[1], '2024-03-02', done)]),
    ).toEqual([]);
  });
});
