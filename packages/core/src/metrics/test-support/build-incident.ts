import { buildPostmortem } from '../../model/index.js';
import type { IncidentTimes, Postmortem, PostmortemInput } from '../../model/index.js';

/** Minutes after midnight UTC of the incident's day for each stated moment. */
export type MomentMinutes = Partial<Record<keyof IncidentTimes, number>>;

/** The ISO date-time `minutes` after midnight UTC of `day`. */
export function utcAt(day: string, minutes: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + minutes * 60_000)
    .toISOString()
    .replace('.000Z', 'Z');
}

/**
 * A postmortem for metric tests: moments given as minutes after midnight UTC of `date`
 * (default 2024-03-01), stated in the front matter, plus any other fields.
 */
export function buildIncident(
  moments: MomentMinutes = {},
  input: Partial<PostmortemInput> = {},
): Postmortem {
  const date = input.date ?? '2024-03-01';
  const incident: IncidentTimes = {};
  for (const [key, minutes] of Object.entries(moments) as [keyof IncidentTimes, number][]) {
    incident[key] = { at: utcAt(date, minutes), zone: 'UTC' };
  }
  return buildPostmortem({ title: 'Incident', date, ...input, incident });
}
