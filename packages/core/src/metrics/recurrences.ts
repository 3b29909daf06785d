import type { IncidentRef } from './incident-ref.js';
import type { RootCauseCluster } from './root-cause-clusters.js';
import type { CauseSource, RootCauseIndex } from './root-cause-index.js';
import { cosine } from './tf-idf.js';

/** An incident whose cause had come up before, in an incident whose action items were done. */
export interface Recurrence {
  /** The later incident. */
  incident: IncidentRef;
  /** The earlier one, all of whose action items were done. */
  earlier: IncidentRef;
  /** Cosine similarity of the two cause statements. */
  similarity: number;
  /** How many action items of the earlier incident were done. */
  doneItems: number;
}

/**
 * Incidents that came back although an earlier incident's action items were all done: a
 * sign that the actions did not reach the cause. An incident counts when it belongs to the
 * same recurring cause (the same cluster of {@link RootCauseCluster}) as an incident of an
 * earlier day whose items were all done; the most recent such incident is named. "All done"
 * means at least one item done and every other one done or won't-do. Incidents without a
 * day are left out, since their order is not known. One entry per later incident, ordered
 * by its day.
 */
export function recurrencesAfterDone(
  index: RootCauseIndex,
  clusters: readonly RootCauseCluster[],
): Recurrence[] {
  const out: Recurrence[] = [];
  for (const cluster of clusters) {
    // Members are oldest first, so every earlier-day member is met before a later one.
    const done: (IncidentRef & { doneItems: number })[] = [];
    for (const member of cluster.members) {
      if (member.day === undefined) continue;
      const day = member.day;
      const earlier = done.findLast((d) => d.day !== undefined && d.day < day);
      if (earlier) {
        const { doneItems, ...ref } = earlier;
        out.push({
          incident: refOf(member),
          earlier: ref,
          similarity: cosine(
            index.tfIdf.vectors[member.index] ?? EMPTY,
            index.tfIdf.vectors[earlier.index] ?? EMPTY,
          ),
          doneItems,
        });
      }
      const items = allDone(index.sources[member.index] as CauseSource);
      if (items > 0) done.push({ ...refOf(member), doneItems: items });
    }
  }
  return out.sort(
    (x, y) =>
      (x.incident.day ?? '').localeCompare(y.incident.day ?? '') ||
      x.incident.index - y.incident.index,
  );
}

const EMPTY = { terms: new Int32Array(0), weights: new Float64Array(0) };

function refOf(member: IncidentRef): IncidentRef {
  return {
    index: member.index,
    title: member.title,
    ...(member.day ? { day: member.day } : {}),
  };
}

/** The number of done items when all are done or won't-do (and one at least is done), else 0. */
function allDone(model: CauseSource): number {
  let done = 0;
  for (const item of model.actionItems) {
    if (item.status === 'done') done++;
    else if (item.status !== 'wont-do') return 0;
  }
  return done;
}
