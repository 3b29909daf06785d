import type { ActionStatus, ActionType, Severity, Status } from '../model/index.js';

/** Maps the ways people write severity (SEV1, P2, Major, Critical) onto Hindsight's four levels. */
export function coerceSeverity(text: string): Severity | undefined {
  const t = text
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '');
  if (
    /^(?:sev|severity|p|priority)?0$|^(?:sev|severity|p|priority)?1$|^critical|^blocker|^emergency/.test(
      t,
    )
  ) {
    return 'critical';
  }
  if (/^(?:sev|severity|p|priority)?2$|^high|^major|^severe/.test(t)) return 'high';
  if (/^(?:sev|severity|p|priority)?3$|^medium|^moderate|^normal/.test(t)) return 'medium';
  if (/^(?:sev|severity|p|priority)?[45]$|^low|^minor|^trivial/.test(t)) return 'low';
  return undefined;
}

export function coerceStatus(text: string): Status | undefined {
  const t = text
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
  if (/^draft|^wip$|^in-progress$|^work-in-progress/.test(t)) return 'draft';
  if (/review/.test(t)) return 'in-review';
  if (/^published$|^final$|^approved$|^done$/.test(t)) return 'published';
  if (/^archived?$/.test(t)) return 'archived';
  return undefined;
}

export function coerceActionStatus(text: string): ActionStatus | undefined {
  const t = text
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
  if (/^(?:not-started|open|todo|to-do|new|planned|pending|backlog)/.test(t)) return 'open';
  if (/^(?:in-progress|started|ongoing|doing|wip|work-in-progress|underway)/.test(t))
    return 'in-progress';
  if (/^(?:done|complete|completed|closed|fixed|finished|resolved|accomplished)/.test(t))
    return 'done';
  if (/^(?:won-?t-?(?:do|fix)|will-not|cancel|rejected|obsolete|dropped)/.test(t)) return 'wont-do';
  return undefined;
}

export function coerceActionType(text: string): ActionType | undefined {
  const t = text.trim().toLowerCase();
  if (/^prevent|recurrence/.test(t)) return 'prevent';
  if (/^detect|monitor|alert/.test(t)) return 'detect';
  if (/^(?:respond|response|mitigat|repair|recover)/.test(t)) return 'respond';
  if (/^(?:document|process|runbook|playbook|training)/.test(t)) return 'document';
  if (/^other/.test(t)) return 'other';
  return undefined;
}

/** Splits "alice, bob and carol" into names; leaves a single name alone. */
export function splitNames(text: string): string[] {
  return text
    .split(/\s*(?:,|;|\band\b|&)\s*/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0 && s.length <= 200);
}
