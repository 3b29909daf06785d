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
  /** Oldest first (undated last); the first is the cluster's leader. */
  members: (IncidentRef & { cause: string })[];
  /** The lowest similarity of a member's cause to the leader's. */
  minSimilarity: number;
}

export interface RootCauseClusterOptions {
  /** Cosine similarity at or above which two causes are linked (default 0.35). */
  threshold?: number;
  /** The days of the postmortems, when already known (see {@link incidentDay}). */
  days?: readonly (string | undefined)[];
}

/**
 * Recurring root causes: postmortems whose cause statements are alike, grouped greedily by
 * first occurrence. Incidents are taken oldest first (undated last, then by position); each
 * joins the cluster whose leader (its oldest member) has the most similar cause, when that
 * similarity reaches the threshold, and otherwise leads a cluster of its own. Every member
 * is therefore close to the leader itself, which single linkage does not promise: there, a
 * chain of statements that each resemble the next can join causes that have nothing in
 * common. Clusters come largest first, then by their oldest member; an incident alone is not
 * a cluster and is left out.
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
  const n = index.postmortems.length;
  const dayOf = (i: number): string | undefined =>
    days ? days[i] : incidentDay(index.postmortems[i] as Postmortem);
  const neighbours = new Map<number, { other: number; similarity: number }[]>();
  const addNeighbour = (from: number, other: number, similarity: number): void => {
    const list = neighbours.get(from);
    if (list) list.push({ other, similarity });
    else neighbours.set(from, [{ other, similarity }]);
  };
  for (const link of links) {
    addNeighbour(link.a, link.b, link.similarity);
    addNeighbour(link.b, link.a, link.similarity);
  }
  const linked = [...neighbours.keys()].map((i) => ({ i, day: dayOf(i) }));
  linked.sort((x, y) => compareDays(x.day, y.day) || x.i - y.i);

  // The leader each incident joined; a leader is its own.
  const leaderOf = new Int32Array(n).fill(-1);
  const clusters = new Map<number, { members: { i: number; day?: string }[]; min: number }>();
  for (const { i, day } of linked) {
    let best: { leader: number; similarity: number } | undefined;
    for (const { other, similarity } of neighbours.get(i) ?? []) {
      if (leaderOf[other] !== other) continue;
      if (
        !best ||
        similarity > best.similarity ||
        (similarity === best.similarity && other < best.leader)
      ) {
        best = { leader: other, similarity };
      }
    }
    const member = day === undefined ? { i } : { i, day };
    const cluster = best ? clusters.get(best.leader) : undefined;
    if (best && cluster) {
      leaderOf[i] = best.leader;
      cluster.members.push(member);
      cluster.min = Math.min(cluster.min, best.similarity);
    } else {
      leaderOf[i] = i;
      clusters.set(i, { members: [member], min: 1 });
    }
  }

  return [...clusters.values()]
    .filter((c) => c.members.length > 1)
    .map((c) => ({
      label: clusterLabel(
        index,
        c.members.map((m) => m.i),
      ),
      members: c.members.map(({ i, day }) => ({
        ...incidentRef(index.postmortems[i] as Postmortem, i, day),
        cause: index.causes[i] ?? '',
      })),
      minSimilarity: c.min,
    }))
    .sort(
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
