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
  for (const need of NEEDS) {
    if (need.count(model) === 0 || findHost(sections, need.kinds) >= 0) continue;
    let at = -1;
    sections.forEach((s, i) => {
      if (need.after.includes(s.kind)) at = i;
    });
    sections = [...sections.slice(0, at + 1), need.section, ...sections.slice(at + 1)];
  }
  return sections === model.sections ? model : { ...model, sections };
}

const EARLY: readonly SectionKind[] = ['introduction', 'summary', 'impact'];
const ANALYSIS: readonly SectionKind[] = [
  ...EARLY,
  'timeline',
  'root-cause',
  'root-cause-and-resolution',
];

/** For each list: how to count it, where it may live, what to add and after which kinds. */
const NEEDS: readonly {
  count: (m: Postmortem) => number;
  kinds: readonly SectionKind[];
  section: Section;
  after: readonly SectionKind[];
}[] = [
  {
    count: (m) => m.timeline.length,
    kinds: HOSTS.timeline,
    section: { kind: 'timeline', heading: 'Timeline', level: 2, body: '' },
    after: EARLY,
  },
  {
    count: (m) => m.actionItems.length,
    kinds: HOSTS.actionItems,
    section: { kind: 'action-items', heading: 'Action Items', level: 2, body: '' },
    after: [...ANALYSIS, 'resolution'],
  },
  {
    count: (m) => m.rootCause.contributingFactors.length,
    kinds: HOSTS.factors,
    section: { kind: 'contributing-factors', heading: 'Contributing Factors', level: 2, body: '' },
    after: ANALYSIS,
  },
  {
    count: (m) => m.rootCause.whys.length,
    kinds: HOSTS.whys,
    section: { kind: 'five-whys', heading: 'Five Whys', level: 2, body: '' },
    after: [...ANALYSIS, 'contributing-factors'],
  },
];
