import { z } from 'zod';

/**
 * Canonical kinds of postmortem sections. A section keeps its heading as written; the kind is
 * what Hindsight understood it to be. Sub-sections have kinds of their own (for example
 * `five-whys` under `root-cause`). Anything unrecognised is `other` and kept as-is.
 */
export const SECTION_KINDS = [
  'introduction',
  'summary',
  'background',
  'impact',
  'timeline',
  'detection',
  'response',
  'recovery',
  'root-cause-and-resolution',
  'root-cause',
  'what-happened',
  'trigger',
  'immediate-cause',
  'contributing-factors',
  'five-whys',
  'resolution',
  'short-term-fix',
  'temporary-fixes',
  'verification',
  'corrective-measures',
  'improvements',
  'action-items',
  'lessons-learned',
  'what-went-well',
  'what-went-wrong',
  'where-we-got-lucky',
  'key-takeaways',
  'conclusion',
  'technical-details',
  'diagrams',
  'logs-evidence',
  'configuration-changes',
  'communication',
  'internal-communication',
  'external-communication',
  'follow-up-review',
  'related-incidents',
  'references',
  'distribution',
  'appendix',
  'other',
] as const;

export const sectionKindSchema = z.enum(SECTION_KINDS);
export type SectionKind = z.infer<typeof sectionKindSchema>;
