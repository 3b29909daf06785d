import type { Postmortem } from '../model/index.js';
import { ROOT_CAUSE_THRESHOLD, assignLeaders } from './assign-leaders.js';
import { incidentRef } from './incident-ref.js';
import type { IncidentRef } from './incident-ref.js';
import { buildRootCauseIndex } from './root-cause-index.js';
import type { CauseSource, RootCauseIndex } from './root-cause-index.js';

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
  /** Cosine similarity at or above which a cause joins a leader's cluster (default 0.35). */
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
  return clusterRootCauses(buildRootCauseIndex(models), options);
}

/** {@link recurringRootCauses} from an index built already. */
export function clusterRootCauses(
  index: RootCauseIndex,
  options: RootCauseClusterOptions = {},
): RootCauseCluster[] {
  const { days } = options;
  const dayOf = (i: number): string | undefined => (days ? days[i] : index.sources[i]?.day);
  const order = index.sources
    .map((_, i) => ({ i, day: dayOf(i) }))
    .sort((x, y) => compareDays(x.day, y.day) || x.i - y.i);
  const { leaderOf, similarity } = assignLeaders(
    index.tfIdf.vectors,
    order.map((o) => o.i),
    options.threshold ?? ROOT_CAUSE_THRESHOLD,
  );
  // Members in processing order, which is oldest first: the leader comes first.
  const groups = new Map<number, { i: number; day?: string }[]>();
  for (const { i, day } of order) {
    const leader = leaderOf[i] as number;
    if (leader === -1) continue;
    const member = day === undefined ? { i } : { i, day };
    const list = groups.get(leader);
    if (list) list.push(member);
    else groups.set(leader, [member]);
  }
  return [...groups.values()]
    .filter((members) => members.length > 1)
    .map((members) => ({
      label: clusterLabel(
        index,
        members.map((m) => m.i),
      ),
      members: members.map(({ i, day }) => ({
        ...incidentRef(index.sources[i] as CauseSource, i, day),
        cause: index.causes[i] ?? '',
      })),
      minSimilarity: members.reduce((low, m) => Math.min(low, similarity[m.i] as number), 1),
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
