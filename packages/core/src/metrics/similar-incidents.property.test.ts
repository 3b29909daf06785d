import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildPostmortem } from '../model/index.js';
import type { Postmortem } from '../model/index.js';
import {
  SIMILARITY_WEIGHTS,
  buildSimilarityIndex,
  labels,
  textVectorOf,
} from './similarity-index.js';
import { similarIncidents } from './similar-incidents.js';
import { cosine } from './tf-idf.js';

// A small vocabulary with a few very common words, so that the lookup has long lists to skip.
const WORDS = ['disk', 'cache', 'deploy', 'queue', 'network', 'certificate', 'database', 'timeout'];
const COMMON = ['service', 'error', 'users'];
const text = fc
  .array(
    fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...COMMON) }, fc.constantFrom(...WORDS)),
    {
      maxLength: 12,
    },
  )
  .map((words) => words.join(' '));
const incident = fc
  .record({
    title: text,
    cause: text,
    services: fc.subarray(['api', 'web', 'db']),
    tags: fc.subarray(['tls', 'infra']),
  })
  .map(({ title, cause, services, tags }) =>
    buildPostmortem({
      title: `t ${title}`,
      services,
      tags,
      ...(cause ? { rootCause: { rootCause: cause } } : {}),
    }),
  );

/** Scores every postmortem, the slow and obvious way. */
function bruteForce(
  target: Postmortem,
  all: readonly Postmortem[],
  limit: number,
  minScore: number,
) {
  const index = buildSimilarityIndex(all);
  const self = all.indexOf(target);
  const mine = textVectorOf(index, target, self);
  const jaccard = (a: readonly string[], b: readonly string[]) => {
    const shared = a.filter((x) => b.includes(x)).length;
    const union = a.length + b.length - shared;
    return union === 0 ? 0 : shared / union;
  };
  return all
    .map((m, i) => {
      const text = cosine(mine, index.text.vectors[i] ?? mine);
      const score =
        SIMILARITY_WEIGHTS.text * text +
        SIMILARITY_WEIGHTS.services * jaccard(labels(target.services), labels(m.services)) +
        SIMILARITY_WEIGHTS.tags * jaccard(labels(target.tags), labels(m.tags));
      return { index: i, score };
    })
    .filter((r) => r.index !== self && r.score >= minScore && r.score > 0)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, limit);
}

describe('similarIncidents (properties)', () => {
  it('gives the same best scores as scoring every postmortem, in spite of skipping lists', () => {
    fc.assert(
      fc.property(
        fc.array(incident, { minLength: 1, maxLength: 30 }),
        fc.nat(),
        fc.integer({ min: 1, max: 6 }),
        fc.constantFrom(0, 0.05, 0.1, 0.3),
        (all, pick, limit, minScore) => {
          const target = all[pick % all.length] as Postmortem;
          const index = buildSimilarityIndex(all);
          const fast = similarIncidents(target, index, { limit, minScore });
          const slow = bruteForce(target, all, limit, minScore);
          expect(fast.map((f) => f.score)).toHaveLength(slow.length);
          fast.forEach((f, i) => {
            expect(f.score).toBeCloseTo(slow[i]?.score ?? -1, 9);
            // Whatever the tie-break, the one returned really has that score.
            const own = bruteForce(target, all, all.length, 0).find((r) => r.index === f.index);
            expect(own?.score).toBeCloseTo(f.score, 9);
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});
