import type { Postmortem } from '../model/index.js';
import { incidentDay } from './incident-day.js';
import { incidentRef } from './incident-ref.js';
import type { IncidentRef } from './incident-ref.js';
import { buildRootCauseIndex } from './root-cause-index.js';
import type { RootCauseIndex } from './root-cause-index.js';
import { ROOT_CAUSE_THRESHOLD, rootCauseLinks } from './root-cause-links.js';
import type { RootCauseLink } from './root-cause-links.js';

/** A group of incidents whose causes read alike: a cause that keeps coming back. */
export interface RootCauseCluster {
  /** Up to three words that weigh most in the members' cause statements. */
  label: string[];
  /** Oldest first (undated last). */
  members: (IncidentRef & { cause: string })[];
  /** The lowest similarity among the links that joined the cluster. */
  weakestLink: number;
}

export interface RootCauseClusterOptions {
  /** Cosine similarity at or above which two causes are linked (default 0.35). */
  threshold?: number;
  /** The days of the postmortems, when already known (see {@link incidentDay}). */
  days?: readonly (string | undefined)[];
}

/**
 * Recurring root causes: postmortems whose cause statements are alike, grouped by single
 * linkage (two statements at or above the threshold join the same cluster, and clusters
 * sharing a member merge). The result depends only on the set, not on its order beyond
 * positions: clusters come largest first, then by their oldest member. Single incidents are
 * not clusters and are left out.
 */
export function recurringRootCauses(
  models: readonly Postmortem[],
  options: RootCauseClusterOptions = {},
): RootCauseCluster[] {
  const index = buildRootCauseIndex(models);
  return clusterRootCauses(
    index,
    rootCauseLinks(index, options.threshold ?? ROOT_CAUSE_THRESHOLD),
    options.days,
  );
}

/** {@link recurringRootCauses} from an index and its links, when they are at hand already. */
export function clusterRootCauses(
  index: RootCauseIndex,
  links: readonly RootCauseLink[],
  days?: readonly (string | undefined)[],
): RootCauseCluster[] {
  const parent = new Int32Array(index.postmortems.length).map((_, i) => i);
  const find = (x: number): number => {
    let root = x;
    while (parent[root] !== root) root = parent[root] as number;
    while (parent[x] !== root) {
      const next = parent[x] as number;
      parent[x] = root;
      x = next;
    }
    return root;
  };
  const weakest = new Map<number, number>();
  for (const link of links) {
    const ra = find(link.a);
    const rb = find(link.b);
    const low = Math.min(link.similarity, weakest.get(ra) ?? 1, weakest.get(rb) ?? 1);
    // The smaller position becomes the root, so that roots do not depend on link order.
    const [root, child] = ra < rb ? [ra, rb] : [rb, ra];
    parent[child] = root;
    weakest.delete(child);
    weakest.set(root, low);
  }
  const groups = new Map<number, number[]>();
  for (const link of links) {
    for (const member of [link.a, link.b]) {
      const root = find(member);
      const list = groups.get(root) ?? [];
      if (!list.includes(member)) list.push(member);
      groups.set(root, list);
    }
  }
  const clusters = [...groups].map(([root, members]) => {
    const dayOf = (i: number): string | undefined =>
      days ? days[i] : incidentDay(index.postmortems[i] as Postmortem);
    const ordered = members
      .map((i) => ({ i, day: dayOf(i) }))
      .sort((x, y) => compareDays(x.day, y.day) || x.i - y.i);
    return {
      label: clusterLabel(index, members),
      members: ordered.map(({ i, day }) => ({
        ...incidentRef(index.postmortems[i] as Postmortem, i, day),
        cause: index.causes[i] ?? '',
      })),
      weakestLink: weakest.get(root) ?? 1,
    };
  });
  return clusters.sort(
    (x, y) =>
      y.members.length - x.members.length ||
      compareDays(x.members[0]?.day, y.members[0]?.day) ||
      (x.members[0]?.index ?? 0) - (y.members[0]?.index ?? 0),
  );
}

/** Days ascending, unknown days last. */
export function compareDays(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  return a < b ? -1 : 1;
}

function clusterLabel(index: RootCauseIndex, members: readonly number[]): string[] {
  const weight = new Map<number, number>();
  for (const i of members) {
    const vector = index.tfIdf.vectors[i];
    if (!vector) continue;
    for (let k = 0; k < vector.terms.length; k++) {
      const term = vector.terms[k] as number;
      weight.set(term, (weight.get(term) ?? 0) + (vector.weights[k] as number));
    }
  }
  const word = (term: number): string => index.words[term] ?? '';
  return [...weight]
    .sort((x, y) => y[1] - x[1] || (word(x[0]) < word(y[0]) ? -1 : 1))
    .slice(0, 3)
    .map(([term]) => word(term));
}
