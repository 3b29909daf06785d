import type { Postmortem } from '../model/index.js';
import { incidentDay } from './incident-day.js';
import { incidentRef } from './incident-ref.js';
import type { IncidentRef } from './incident-ref.js';
import { compareDays } from './root-cause-clusters.js';
import type { RootCauseIndex } from './root-cause-index.js';
import type { RootCauseLink } from './root-cause-links.js';

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
 * Incidents that came back although the earlier incident's action items were all done: a
 * sign that the actions did not address the cause. Two incidents are the same cause coming
 * back when their cause statements are linked (see `rootCauseLinks`) and the later one began
 * on a later day; pairs of the same day, or with a day unknown, are left out because their
 * order is not known. "All done" means at least one item done and every other one done or
 * won't-do. Ordered by the later incident's day, then the earlier's.
 */
export function recurrencesAfterDone(
  index: RootCauseIndex,
  links: readonly RootCauseLink[],
  days?: readonly (string | undefined)[],
): Recurrence[] {
  const dayOf = (i: number): string | undefined =>
    days ? days[i] : incidentDay(index.postmortems[i] as Postmortem);
  const out: Recurrence[] = [];
  for (const link of links) {
    const dayA = dayOf(link.a);
    const dayB = dayOf(link.b);
    if (dayA === undefined || dayB === undefined || dayA === dayB) continue;
    const [early, late] = dayA < dayB ? [link.a, link.b] : [link.b, link.a];
    const earlier = index.postmortems[early] as Postmortem;
    const done = allDone(earlier);
    if (done === 0) continue;
    out.push({
      incident: incidentRef(index.postmortems[late] as Postmortem, late, dayOf(late)),
      earlier: incidentRef(earlier, early, dayOf(early)),
      similarity: link.similarity,
      doneItems: done,
    });
  }
  return out.sort(
    (x, y) =>
      compareDays(x.incident.day, y.incident.day) ||
      x.incident.index - y.incident.index ||
      compareDays(x.earlier.day, y.earlier.day) ||
      x.earlier.index - y.earlier.index,
  );
}

/** The number of done items when all are done or won't-do (and one at least is done), else 0. */
function allDone(model: Postmortem): number {
  let done = 0;
  for (const item of model.actionItems) {
    if (item.status === 'done') done++;
    else if (item.status !== 'wont-do') return 0;
  }
  return done;
}
