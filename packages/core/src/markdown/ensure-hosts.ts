import type { Postmortem, Section, SectionKind } from '../model/index.js';

/** The section each structured list is written into, by preference. */
export const HOSTS = {
  timeline: ['timeline'],
  actionItems: ['action-items', 'corrective-measures'],
  whys: ['five-whys'],
  factors: ['contributing-factors'],
} as const satisfies Record<string, readonly SectionKind[]>;

export function findHost(sections: readonly Section[], kinds: readonly SectionKind[]): number {
  for (const kind of kinds) {
    const index = sections.findIndex((s) => s.kind === kind);
    if (index >= 0) return index;
  }
  return -1;
}

/**
 * Adds the sections that structured lists need to be written into when a model has entries,
 * action items, whys or factors but no section of the right kind (a model built in the app,
 * say). Returns the model itself when nothing is missing.
 */
export function ensureHosts(model: Postmortem): Postmortem {
  let sections = model.sections;
  const insert = (section: Section, afterKinds: readonly SectionKind[]) => {
    let at = -1;
    sections.forEach((s, i) => {
      if (afterKinds.includes(s.kind)) at = i;
    });
    const copy = [...sections];
    copy.splice(at + 1, 0, section);
    sections = copy;
  };
  if (model.timeline.length > 0 && findHost(sections, HOSTS.timeline) < 0) {
    insert({ kind: 'timeline', heading: 'Timeline', level: 2, body: '' }, [
      'introduction',
      'summary',
      'impact',
    ]);
  }
  if (model.actionItems.length > 0 && findHost(sections, HOSTS.actionItems) < 0) {
    insert({ kind: 'action-items', heading: 'Action Items', level: 2, body: '' }, [
      'introduction',
      'summary',
      'impact',
      'timeline',
      'root-cause',
      'root-cause-and-resolution',
      'resolution',
    ]);
  }
  if (model.rootCause.contributingFactors.length > 0 && findHost(sections, HOSTS.factors) < 0) {
    insert({ kind: 'contributing-factors', heading: 'Contributing Factors', level: 2, body: '' }, [
      'introduction',
      'summary',
      'impact',
      'timeline',
      'root-cause',
      'root-cause-and-resolution',
    ]);
  }
  if (model.rootCause.whys.length > 0 && findHost(sections, HOSTS.whys) < 0) {
    insert({ kind: 'five-whys', heading: 'Five Whys', level: 2, body: '' }, [
      'introduction',
      'summary',
      'impact',
      'timeline',
      'root-cause',
      'root-cause-and-resolution',
      'contributing-factors',
    ]);
  }
  return sections === model.sections ? model : { ...model, sections };
}
