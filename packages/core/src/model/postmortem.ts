import { z } from 'zod';
import { actionItemSchema } from './action-item.js';
import { severitySchema, statusSchema, visibilitySchema } from './enums.js';
import { impactSchema } from './impact.js';
import { incidentTimesSchema } from './instant.js';
import { isoDateSchema, zoneIdSchema } from './primitives.js';
import { rootCauseSchema } from './root-cause.js';
import { sectionSchema } from './section.js';
import { timelineEntrySchema } from './timeline-entry.js';

const name = z.string().min(1).max(200);
const names = z.array(name).default([]);

/** How the incident came to light. */
export const detectionSchema = z
  .object({
    source: z.enum(['monitoring', 'customer', 'engineer', 'third-party', 'other']).optional(),
    /** In words: which alert, who noticed, where. */
    method: z.string().min(1).optional(),
  })
  .strict();
export type Detection = z.infer<typeof detectionSchema>;

/** The review held some weeks after the incident to check that the actions worked. */
export const followUpSchema = z
  .object({
    reviewDate: isoDateSchema.optional(),
    attendees: names,
  })
  .strict();
export type FollowUp = z.infer<typeof followUpSchema>;

/**
 * A postmortem. Everything that tools compute with is a field; everything written for people
 * is in `sections`, in reading order. Front-matter keys that Hindsight does not know are kept
 * in `extra` so that nothing is lost on import.
 */
export const postmortemSchema = z
  .object({
    title: z.string().min(1).max(300),
    slug: z
      .string()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lower-case words joined by hyphens')
      .max(120)
      .optional(),
    /** The day the incident began. */
    date: isoDateSchema.optional(),
    severity: severitySchema.optional(),
    status: statusSchema.default('draft'),
    visibility: visibilitySchema.default('internal'),
    authors: names,
    reviewers: names,
    /** The day the postmortem was published. */
    published: isoDateSchema.optional(),
    services: names,
    teams: names,
    tags: names,
    /** The template the document was started from. */
    template: z.string().min(1).optional(),
    /** The zone the document's times are written in, when one is stated or inferred. */
    timezone: zoneIdSchema.optional(),
    /** How long users were affected, in minutes. */
    durationMinutes: z.number().nonnegative().optional(),
    incident: incidentTimesSchema.default({}),
    impact: impactSchema.default({ servicesAffected: [] }),
    detection: detectionSchema.default({}),
    rootCause: rootCauseSchema.default({ contributingFactors: [], whys: [] }),
    timeline: z.array(timelineEntrySchema).default([]),
    actionItems: z.array(actionItemSchema).default([]),
    followUp: followUpSchema.default({ attendees: [] }),
    /** Links or slugs of related incidents. */
    related: z.array(z.string().min(1)).default([]),
    /** Who the postmortem is sent to. */
    distribution: names,
    sections: z.array(sectionSchema).default([]),
    extra: z.record(z.string(), z.unknown()).default({}),
  })
  .strict();

/** A fully populated postmortem (defaults applied). */
export type Postmortem = z.infer<typeof postmortemSchema>;
/** What a caller may pass in: every defaulted field optional. */
export type PostmortemInput = z.input<typeof postmortemSchema>;
