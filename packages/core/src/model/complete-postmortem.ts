import type { Postmortem, PostmortemInput } from './postmortem.js';

/**
 * Applies the schema's defaults to a postmortem assembled from values that were already
 * validated one by one (the parser's output), without validating the whole again: the
 * parser runs on thousands of files, and its tests check every result against the schema.
 * Input from outside goes through {@link validatePostmortem} instead.
 */
export function completePostmortem(input: PostmortemInput): Postmortem {
  return {
    ...input,
    status: input.status ?? 'draft',
    visibility: input.visibility ?? 'internal',
    authors: input.authors ?? [],
    reviewers: input.reviewers ?? [],
    services: input.services ?? [],
    teams: input.teams ?? [],
    tags: input.tags ?? [],
    incident: input.incident ?? {},
    impact: { ...input.impact, servicesAffected: input.impact?.servicesAffected ?? [] },
    detection: input.detection ?? {},
    rootCause: {
      ...input.rootCause,
      contributingFactors: input.rootCause?.contributingFactors ?? [],
      whys: input.rootCause?.whys ?? [],
    },
    timeline: input.timeline ?? [],
    actionItems: (input.actionItems ?? []).map((a) => ({ ...a, status: a.status ?? 'open' })),
    followUp: { ...input.followUp, attendees: input.followUp?.attendees ?? [] },
    related: input.related ?? [],
    distribution: input.distribution ?? [],
    sections: input.sections ?? [],
    extra: input.extra ?? {},
  };
}
