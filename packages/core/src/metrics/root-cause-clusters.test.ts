import { describe, expect, it } from 'vitest';
import { buildRootCauseIndex } from './root-cause-index.js';
import { recurringRootCauses } from './root-cause-clusters.js';
import { rootCauseLinks } from './root-cause-links.js';
import { CAUSES, withCause } from './test-support/causes.js';

const DATES = [
  '2024-01-05',
  '2024-03-02',
  '2024-02-11',
  '2024-04-01',
  '2024-01-20',
  '2024-05-09',
  undefined,
  '2024-02-02',
  '2024-02-03',
];
const models = CAUSES.map((cause, i) => withCause(cause, DATES[i]));

describe('rootCauseLinks', () => {
  it('links the statements that describe the same cause, and only those', () => {
    const links = rootCauseLinks(buildRootCauseIndex(models));
    expect(links.map((l) => [l.a, l.b])).toEqual([
      [0, 1],
      [3, 4],
      [5, 6],
    ]);
    for (const link of links) expect(link.similarity).toBeGreaterThanOrEqual(0.35);
  });

  it('links more, or fewer, with another threshold', () => {
    const index = buildRootCauseIndex(models);
    expect(rootCauseLinks(index, 0.15).map((l) => [l.a, l.b])).toContainEqual([0, 2]);
    expect(rootCauseLinks(index, 0.99)).toEqual([]);
  });

  it('scores a pair found through rare terms on all of its terms', () => {
    const index = buildRootCauseIndex(models);
    const exact = rootCauseLinks(index, 0.05);
    const capped = rootCauseLinks(index, 0.05, 2);
    expect(capped.length).toBeGreaterThan(0);
    expect(capped.length).toBeLessThan(exact.length);
    for (const link of capped) expect(exact).toContainEqual(link);
  });

  it('ignores postmortems without a cause, and an identical statement scores 1', () => {
    const index = buildRootCauseIndex([
      withCause(CAUSES[7], '2024-01-01'),
      withCause(undefined, '2024-01-02'),
      withCause(CAUSES[7], '2024-01-03'),
    ]);
    const links = rootCauseLinks(index);
    expect(links).toHaveLength(1);
    expect(links[0]).toMatchObject({ a: 0, b: 2 });
    expect(links[0]?.similarity).toBeCloseTo(1, 10);
  });
});

describe('recurringRootCauses', () => {
  it('clusters alike causes, oldest member first, with a label of weighty words', () => {
    const clusters = recurringRootCauses(models);
    expect(clusters.map((c) => c.members.map((m) => m.index))).toEqual([
      // Same size: ordered by oldest member (2024-01-05, 2024-01-20, 2024-05-09).
      [0, 1],
      [4, 3],
      [5, 6],
    ]);
    expect(clusters[0]?.label).toHaveLength(3);
    expect(clusters[0]?.label).toContain('tls');
    expect(clusters[2]?.members[1]).toEqual({
      index: 6,
      title: withCause(CAUSES[6], undefined).title,
      cause: CAUSES[6],
    });
  });

  it('joins the oldest similar cause, so that a chain of likenesses does not merge clusters', () => {
    // At 0.18, 2 resembles both 0 (0.19) and 1 (0.21). 0 is the oldest (2024-01-05) and leads;
    // 2 (2024-02-11) joins it, and so does 1 (2024-03-02).
    const clusters = recurringRootCauses(models, { threshold: 0.18 });
    const first = clusters[0];
    expect(first?.members.map((m) => m.index)).toEqual([0, 2, 1]);
    expect(first?.minSimilarity).toBeGreaterThanOrEqual(0.18);
    expect(first?.minSimilarity).toBeLessThan(0.35);
  });

  it('leaves out a member that only resembles another member, not the leader', () => {
    // A chain: A–B alike, B–C alike, A–C not. Single linkage would put all three together.
    const chain = [
      withCause('disk full on the primary database host', '2024-01-01'),
      withCause(
        'disk full on the primary database after the log rotation job stopped',
        '2024-02-01',
      ),
      withCause('the log rotation job stopped after a cron upgrade', '2024-03-01'),
      withCause('memory leak in the search service', '2024-04-01'),
    ];
    const index = buildRootCauseIndex(chain);
    const links = rootCauseLinks(index, 0.3);
    expect(links.map((l) => [l.a, l.b])).toEqual([
      [0, 1],
      [1, 2],
    ]);
    const clusters = recurringRootCauses(chain, { threshold: 0.3 });
    expect(clusters.map((c) => c.members.map((m) => m.index))).toEqual([[0, 1]]);
  });

  it('gives the same clusters whatever the order of the input', () => {
    const shuffled = [3, 8, 0, 6, 2, 7, 5, 1, 4];
    const again = recurringRootCauses(shuffled.map((i) => models[i] ?? models[0]!));
    const asOriginal = again.map((c) => c.members.map((m) => shuffled[m.index]));
    expect(asOriginal).toEqual([
      [0, 1],
      [4, 3],
      [5, 6],
    ]);
    expect(again.map((c) => c.label)).toEqual(recurringRootCauses(models).map((c) => c.label));
  });

  it('finds nothing in an empty set or a set of loners', () => {
    expect(recurringRootCauses([])).toEqual([]);
    expect(recurringRootCauses([models[7]!, models[8]!])).toEqual([]);
  });
});
