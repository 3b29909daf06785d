import { z } from 'zod';

/** Review workflow state of a postmortem. `archived` is reachable from any state. */
export const statusSchema = z.enum(['draft', 'in-review', 'published', 'archived']);
export type Status = z.infer<typeof statusSchema>;
export const STATUSES = statusSchema.options;

/** Incident severity, most severe first. Documents written as SEV1/P1 are mapped by the parser. */
export const severitySchema = z.enum(['critical', 'high', 'medium', 'low']);
export type Severity = z.infer<typeof severitySchema>;
export const SEVERITIES = severitySchema.options;

/** Who may read a postmortem in the app. */
export const visibilitySchema = z.enum(['internal', 'restricted', 'public']);
export type Visibility = z.infer<typeof visibilitySchema>;

/**
 * What a timeline entry records. `impact-start` marks when users started to be hurt,
 * `response` when a responder acknowledged; the metrics use both.
 */
export const timelineKindSchema = z.enum([
  'impact-start',
  'detection',
  'response',
  'escalation',
  'action',
  'misleading',
  'mitigation',
  'resolution',
  'communication',
  'other',
]);
export type TimelineKind = z.infer<typeof timelineKindSchema>;
export const TIMELINE_KINDS = timelineKindSchema.options;

/** What an action item is for: stop a recurrence, see it sooner, respond better, or fix docs/process. */
export const actionTypeSchema = z.enum(['prevent', 'detect', 'respond', 'document', 'other']);
export type ActionType = z.infer<typeof actionTypeSchema>;
export const ACTION_TYPES = actionTypeSchema.options;

export const actionStatusSchema = z.enum(['open', 'in-progress', 'done', 'wont-do']);
export type ActionStatus = z.infer<typeof actionStatusSchema>;
export const ACTION_STATUSES = actionStatusSchema.options;

export const prioritySchema = z.enum(['high', 'medium', 'low']);
export type Priority = z.infer<typeof prioritySchema>;

/** Categories for contributing factors, used to count recurring causes across incidents. */
export const factorCategorySchema = z.enum([
  'change',
  'capacity',
  'configuration',
  'dependency',
  'hardware',
  'monitoring',
  'process',
  'software',
  'security',
  'other',
]);
export type FactorCategory = z.infer<typeof factorCategorySchema>;

/** Degradation level of the affected service. */
export const degradationSchema = z.enum(['complete-outage', 'partial-outage', 'degraded']);
export type Degradation = z.infer<typeof degradationSchema>;
