import type { SectionKind } from '../model/index.js';

/** A section a profile can require, with the section kinds that count as having it. */
export interface SectionRequirement {
  /** How messages name it. */
  label: string;
  /** What the section is for, in a few words, for the message that asks for it. */
  purpose: string;
  /** Kinds that satisfy the requirement on their own. */
  satisfiedBy: readonly SectionKind[];
  /** Requirements that, all present, satisfy it too (Root Cause + Resolution). */
  parts?: readonly RequirementKind[];
}

/** The sections the profiles can ask for; the `sections` option of `required-sections`. */
export const REQUIREMENT_KINDS = [
  'summary',
  'impact',
  'timeline',
  'root-cause',
  'trigger',
  'root-cause-and-resolution',
  'resolution',
  'detection',
  'corrective-measures',
  'action-items',
  'lessons-learned',
  'follow-up-review',
] as const;
export type RequirementKind = (typeof REQUIREMENT_KINDS)[number];

/** Sections that state why the incident happened. */
export const ROOT_CAUSE_KINDS: readonly SectionKind[] = ['root-cause', 'root-cause-and-resolution'];
/** Sections that tell how service came back. */
export const RESOLUTION_KINDS: readonly SectionKind[] = [
  'resolution',
  'short-term-fix',
  'recovery',
  'root-cause-and-resolution',
];
/** Sections where corrective work is planned. */
export const CORRECTIVE_KINDS: readonly SectionKind[] = [
  'corrective-measures',
  'improvements',
  'action-items',
];

// Kinds are matched generously: a document that splits Root Cause and Resolution into two
// sections has what the combined section asks for, and "Corrective actions" holds action items.
export const SECTION_REQUIREMENTS: Readonly<Record<RequirementKind, SectionRequirement>> = {
  summary: {
    label: 'Summary',
    purpose: 'a few sentences that a reader in a hurry can stop after',
    satisfiedBy: ['summary'],
  },
  impact: {
    label: 'Impact',
    purpose: 'who and what was affected, and how much, in numbers',
    satisfiedBy: ['impact'],
  },
  timeline: {
    label: 'Timeline',
    purpose: 'the events in order, each with its time',
    satisfiedBy: ['timeline'],
  },
  'root-cause': {
    label: 'Root Cause',
    purpose: 'why the failure happened, in terms of the system and the process',
    satisfiedBy: ROOT_CAUSE_KINDS,
  },
  trigger: {
    label: 'Trigger',
    purpose: 'the change or event that set the failure off',
    satisfiedBy: ['trigger'],
  },
  'root-cause-and-resolution': {
    label: 'Root Cause and Resolution',
    purpose: 'why it happened and how it was fixed, each in detail',
    satisfiedBy: ['root-cause-and-resolution'],
    parts: ['root-cause', 'resolution'],
  },
  resolution: {
    label: 'Resolution',
    purpose: 'how service was restored and how the fix was confirmed',
    satisfiedBy: RESOLUTION_KINDS,
  },
  detection: {
    label: 'Detection',
    purpose: 'how the problem came to light, and how quickly',
    satisfiedBy: ['detection'],
  },
  'corrective-measures': {
    label: 'Corrective and Preventative Measures',
    purpose: 'what will change so this does not happen again, with a list of concrete tasks',
    satisfiedBy: ['corrective-measures', 'action-items'],
  },
  'action-items': {
    label: 'Action Items',
    purpose: 'the follow-up tasks, each with an owner and a due date',
    satisfiedBy: ['action-items', 'corrective-measures'],
  },
  'lessons-learned': {
    label: 'Lessons Learned',
    purpose: 'what went well, what went wrong and where the team was lucky',
    satisfiedBy: ['lessons-learned', 'key-takeaways', 'what-went-well', 'what-went-wrong'],
  },
  'follow-up-review': {
    label: 'Follow-up Review',
    purpose: 'when the team will meet again to check that the actions worked',
    satisfiedBy: ['follow-up-review'],
  },
};
