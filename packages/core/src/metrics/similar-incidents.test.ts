import { describe, expect, it } from 'vitest';
import { buildPostmortem } from '../model/index.js';
import type { PostmortemInput } from '../model/index.js';
import { buildSimilarityIndex } from './similarity-index.js';
import { similarIncidents } from './similar-incidents.js';

const pm = (title: string, summary: string, cause: string, extra: Partial<PostmortemInput> = {}) =>
  buildPostmortem({
    title,
    sections: [{ kind: 'summary', heading: 'Summary', level: 2, body: summary }],
    rootCause: { rootCause: cause },
    ...extra,
  });

const ALL = [
  pm(
    'Checkout errors after certificate expiry',
    'Customers could not pay: the load balancer rejected HTTPS connections.',
    'The TLS certificate on the load balancer expired.',
    { services: ['checkout', 'edge'], tags: ['tls'] },
  ),
  pm(
    'Login failures',
    'Users could not sign in for forty minutes.',
    'The TLS certificate of the identity provider expired and was not renewed.',
    { services: ['auth'], tags: ['tls'] },
  ),
  pm(
    'Search slow',
    'Search results took ten seconds to load.',
    'A memory leak in the search indexer exhausted the heap.',
    { services: ['search'] },
  ),
  pm(
    'Checkout double charges',
    'Some customers were charged twice.',
    'A race condition in the payment worker retried committed charges.',
    { services: ['checkout'], tags: ['payments'] },
  ),
  pm('Office wifi down', 'Nobody in the office had network access.', 'A switch lost power.'),
];

describe('similarIncidents', () => {
  it('ranks by the weighted sum of text, services and tags', () => {
    const target = pm(
      'Payments failing: certificate expired',
      'The load balancer refused HTTPS; customers could not pay.',
      'An expired TLS certificate on the load balancer.',
      { services: ['checkout'], tags: ['tls'] },
    );
    const found = similarIncidents(target, ALL, { limit: 3 });
    // 0 shares the words, the service and the tag. 3 shares little text but the whole service
    // set ({checkout}: 0.25 × 1); 1 shares more text ("TLS certificate expired") and the tag
    // (0.15 × 1), which weighs less.
    expect(found.map((f) => f.index)).toEqual([0, 3, 1]);
    expect(found[0]).toMatchObject({ sharedServices: ['checkout'], sharedTags: ['tls'] });
    expect(found[1]).toMatchObject({ sharedServices: ['checkout'], sharedTags: [] });
    expect(found[2]).toMatchObject({ sharedServices: [], sharedTags: ['tls'] });
    expect(found[1]?.score).toBeCloseTo(0.6 * (found[1]?.text ?? 0) + 0.25, 12);
    expect(found[2]?.score).toBeCloseTo(0.6 * (found[2]?.text ?? 0) + 0.15, 12);
    expect(found[2]?.text).toBeGreaterThan(found[1]?.text ?? 1);
    for (const f of found) {
      expect(f.postmortem).toBe(ALL[f.index]);
      expect(f.score).toBeGreaterThan(0);
      expect(f.score).toBeLessThanOrEqual(1);
    }
  });

  it('adds the documented weights: 0.6 text, 0.25 services, 0.15 tags', () => {
    // Text shares nothing; services {checkout} vs {checkout, edge}: 1/2; tags {tls} vs {tls}: 1.
    const target = pm('Zzz', 'Qqq.', 'Xxx.', { services: ['Checkout'], tags: ['TLS'] });
    const [best] = similarIncidents(target, ALL, { limit: 1 });
    expect(best?.index).toBe(0);
    expect(best?.text).toBe(0);
    expect(best?.score).toBeCloseTo(0.25 * 0.5 + 0.15 * 1, 12);
  });

  it('never returns the target itself, and honours limit and minScore', () => {
    const index = buildSimilarityIndex(ALL);
    const target = ALL[0];
    if (!target) throw new Error('no target');
    const found = similarIncidents(target, index, { limit: 10, minScore: 0 });
    expect(found.map((f) => f.index)).not.toContain(0);
    expect(found.map((f) => f.index)).toContain(1);
    expect(similarIncidents(target, index, { limit: 0 })).toEqual([]);
    expect(similarIncidents(target, index, { minScore: 0.99 })).toEqual([]);
  });

  it('gives the same answers on repeated lookups over one index', () => {
    const index = buildSimilarityIndex(ALL);
    const first = ALL.map((t) => similarIncidents(t, index).map((f) => [f.index, f.score]));
    const second = ALL.map((t) => similarIncidents(t, index).map((f) => [f.index, f.score]));
    expect(second).toEqual(first);
    expect(first).toEqual(ALL.map((t) => similarIncidents(t, ALL).map((f) => [f.index, f.score])));
  });

  it('finds nothing when nothing is shared, or in an empty set', () => {
    const loner = pm('Qwerty', 'Asdf.', 'Zxcv.');
    expect(similarIncidents(loner, ALL)).toEqual([]);
    expect(similarIncidents(loner, [])).toEqual([]);
  });

  it('breaks ties by position', () => {
    const twin = (title: string) => pm(title, 'Same words here.', 'Same cause words.');
    const set = [twin('A'), twin('A'), twin('A')];
    const target = twin('A');
    expect(similarIncidents(target, set, { limit: 2 }).map((f) => f.index)).toEqual([0, 1]);
  });
});
