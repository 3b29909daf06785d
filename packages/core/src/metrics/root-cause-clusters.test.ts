import { describe, expect, it } from 'vitest';
import { assignLeaders } from './assign-leaders.js';
import { buildRootCauseIndex } from './root-cause-index.js';
import { compareDays, recurringRootCauses } from './root-cause-clusters.js';
import { cosine } from './tf-idf.js';
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

describe('assignLeaders', () => {
  const byDate = (list: readonly (string | undefined)[]) =>
    list
      .map((day, i) => ({ day, i }))
      .sort((x, y) => compareDays(x.day, y.day) || x.i - y.i)
      .map((x) => x.i);

  it('joins each statement to the most similar earlier leader, at the threshold', () => {
    const index = buildRootCauseIndex(models);
    const { leaderOf, similarity } = assignLeaders(index.tfIdf.vectors, byDate(DATES), 0.35);
    // Pairs 0–1, 3–4 (4 is older, so it leads) and 5–6; the rest lead themselves.
    expect([...leaderOf]).toEqual([0, 0, 2, 4, 4, 5, 5, 7, 8]);
    expect(similarity[1]).toBeGreaterThanOrEqual(0.35);
    expect(similarity[1]).toBeCloseTo(cosine(index.tfIdf.vectors[0]!, index.tfIdf.vectors[1]!), 12);
    expect(similarity[0]).toBe(1);
  });

  it('joins more, or fewer, with another threshold', () => {
    const index = buildRootCauseIndex(models);
    const order = byDate(DATES);
    expect(assignLeaders(index.tfIdf.vectors, order, 0.15).leaderOf[2]).toBe(0);
    expect([...assignLeaders(index.tfIdf.vectors, order, 0.99).leaderOf]).toEqual([
      0, 1, 2, 3, 4, 5, 6, 7, 8,
    ]);
  });

  it('leaves statements out of clusters when there are none, and an identical one scores 1', () => {
    const index = buildRootCauseIndex([
      withCause(CAUSES[7], '2024-01-01'),
      withCause(undefined, '2024-01-02'),
      withCause(CAUSES[7], '2024-01-03'),
    ]);
    const { leaderOf, similarity } = assignLeaders(index.tfIdf.vectors, [0, 1, 2], 0.35);
    expect([...leaderOf]).toEqual([0, -1, 0]);
    expect(similarity[2]).toBeCloseTo(1, 10);
  });

  it('scores a leader found through a rare term on all terms, and skips crowded terms', () => {
    const index = buildRootCauseIndex([
      withCause('disk full on the database host', '2024-01-01'),
      withCause('disk controller firmware bug', '2024-01-02'),
      withCause('disk full on the database replica', '2024-01-03'),
      withCause('disk controller failure', '2024-01-04'),
    ]);
    const vectors = index.tfIdf.vectors;
    const order = [0, 1, 2, 3];
    const exact = assignLeaders(vectors, order, 0.3);
    expect([...exact.leaderOf]).toEqual([0, 1, 0, 1]);
    // Lists of at most one leader: once 0 and 1 lead, `disk` proposes nobody. 2 still finds 0
    // through `full` and `database`, and is scored on every term, `disk` included.
    const capped = assignLeaders(vectors, order, 0.3, 1);
    expect(capped.leaderOf[2]).toBe(0);
    expect(capped.similarity[2]).toBeCloseTo(cosine(vectors[0]!, vectors[2]!), 12);
    // 3 shares `controller` with 1, a list of one: found as well.
    expect(capped.leaderOf[3]).toBe(1);
    const lonely = buildRootCauseIndex([
      withCause('disk full on the database host', '2024-01-01'),
      withCause('disk controller firmware bug', '2024-01-02'),
      withCause('disk', '2024-01-03'),
    ]).tfIdf.vectors;
    // `disk` alone: only a crowded term in common, so with the cap it leads its own cluster.
    expect(assignLeaders(lonely, [0, 1, 2], 0.3).leaderOf[2]).not.toBe(2);
    expect(assignLeaders(lonely, [0, 1, 2], 0.3, 1).leaderOf[2]).toBe(2);
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
    const v = buildRootCauseIndex(chain).tfIdf.vectors;
    expect(cosine(v[0]!, v[1]!)).toBeGreaterThanOrEqual(0.3);
    expect(cosine(v[1]!, v[2]!)).toBeGreaterThanOrEqual(0.3);
    expect(cosine(v[0]!, v[2]!)).toBeLessThan(0.3);
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
