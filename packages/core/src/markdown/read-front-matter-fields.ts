import type { z } from 'zod';
import {
  actionItemSchema,
  detectionSchema,
  followUpSchema,
  impactSchema,
  incidentTimesSchema,
  isoDateSchema,
  postmortemSchema,
  rootCauseSchema,
  timelineEntrySchema,
} from '../model/index.js';
import type { PostmortemInput } from '../model/index.js';
import { parseDuration } from '../time/index.js';
import { coerceSeverity, coerceStatus, splitNames } from './coerce.js';
import type { Diagnostic } from './diagnostic.js';
import { readInstant } from './read-instant.js';

type FieldKey = keyof PostmortemInput;

/** Front-matter spellings people use, normalised (lower case, no separators), to model fields. */
const ALIASES: Record<string, FieldKey> = {
  title: 'title',
  name: 'title',
  slug: 'slug',
  date: 'date',
  incidentdate: 'date',
  dateofincident: 'date',
  severity: 'severity',
  sev: 'severity',
  status: 'status',
  visibility: 'visibility',
  authors: 'authors',
  author: 'authors',
  reviewers: 'reviewers',
  reviewer: 'reviewers',
  published: 'published',
  publishedat: 'published',
  publishdate: 'published',
  services: 'services',
  service: 'services',
  teams: 'teams',
  team: 'teams',
  tags: 'tags',
  tag: 'tags',
  labels: 'tags',
  template: 'template',
  timezone: 'timezone',
  tz: 'timezone',
  zone: 'timezone',
  durationminutes: 'durationMinutes',
  duration: 'durationMinutes',
  incident: 'incident',
  incidenttimes: 'incident',
  impact: 'impact',
  detection: 'detection',
  rootcause: 'rootCause',
  timeline: 'timeline',
  actionitems: 'actionItems',
  actions: 'actionItems',
  followup: 'followUp',
  related: 'related',
  relatedincidents: 'related',
  distribution: 'distribution',
};

const NAME_LISTS = new Set<FieldKey>([
  'authors',
  'reviewers',
  'services',
  'teams',
  'tags',
  'distribution',
  'related',
]);

export interface FrontMatterFields {
  fields: Partial<PostmortemInput>;
  /** Model fields the front matter mentions (even as empty): prose does not override them. */
  present: Set<FieldKey>;
  extra: Record<string, unknown>;
}

/**
 * Reads front-matter data into model fields, field by field, so that one bad value is
 * reported (with its key's line) and kept in `extra` without costing the others.
 */
export function readFrontMatterFields(
  data: Record<string, unknown>,
  fmLines: readonly string[],
  diagnostics: Diagnostic[],
): FrontMatterFields {
  const fields: Record<string, unknown> = {};
  const present = new Set<FieldKey>();
  const extra: Record<string, unknown> = {};
  const lineOf = (key: string): number => {
    const re = new RegExp(`^\\s*["']?${escapeRegExp(key)}["']?\\s*[:=]`);
    const index = fmLines.findIndex((l) => re.test(l));
    return index < 0 ? 1 : index + 2;
  };
  const fail = (key: string, message: string, value: unknown) => {
    diagnostics.push({
      severity: 'error',
      code: 'invalid-field',
      message: `Front matter field "${key}": ${message}`,
      line: lineOf(key),
    });
    extra[key] = value;
  };

  for (const [key, value] of Object.entries(data)) {
    const field = ALIASES[key.toLowerCase().replace(/[\s_-]+/g, '')];
    if (!field || field in fields) {
      if (key === 'extra' && isRecord(value) && !field) Object.assign(extra, { extra: value });
      else extra[key] = value;
      continue;
    }
    present.add(field);
    if (value === null || value === undefined || value === '') continue;
    const result = readField(field, value);
    if (result.ok) fields[field] = result.value;
    else fail(key, result.message, value);
  }
  return { fields: fields as Partial<PostmortemInput>, present, extra };
}

type FieldResult = { ok: true; value: unknown } | { ok: false; message: string };

function readField(field: FieldKey, value: unknown): FieldResult {
  if (NAME_LISTS.has(field)) {
    const list = typeof value === 'string' ? splitNames(value) : value;
    return check(postmortemSchema.shape[field], list);
  }
  switch (field) {
    case 'severity': {
      const severity = coerceSeverity(String(value));
      return severity
        ? { ok: true, value: severity }
        : bad('expected critical, high, medium or low (or SEV1 to SEV4)');
    }
    case 'status': {
      const status = coerceStatus(String(value));
      return status
        ? { ok: true, value: status }
        : bad('expected draft, in-review, published or archived');
    }
    case 'date':
    case 'published':
      return check(isoDateSchema, typeof value === 'string' ? value.slice(0, 10) : value);
    case 'durationMinutes': {
      if (typeof value === 'number') return check(postmortemSchema.shape.durationMinutes, value);
      const minutes = parseDuration(String(value));
      return minutes === undefined
        ? bad('expected minutes, or a duration such as "1 h 30 min"')
        : { ok: true, value: minutes };
    }
    case 'incident': {
      if (!isRecord(value))
        return bad('expected a mapping of impactStarted, detected, responded, mitigated, resolved');
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) {
        const instant = readInstant(v);
        if (!instant) return bad(`"${k}" is not a date-time such as 2024-03-20T14:23:00Z UTC`);
        out[k] = instant;
      }
      return check(incidentTimesSchema, out);
    }
    case 'impact':
      return check(impactSchema, value);
    case 'detection':
      return check(detectionSchema, value);
    case 'rootCause':
      return check(rootCauseSchema, value);
    case 'followUp':
      return check(followUpSchema, value);
    case 'timeline':
      return check(timelineEntrySchema.array(), value);
    case 'actionItems':
      return check(actionItemSchema.array(), value);
    default:
      return check(
        postmortemSchema.shape[field] as z.ZodType,
        typeof value === 'number' ? String(value) : value,
      );
  }
}

function check(schema: z.ZodType, value: unknown): FieldResult {
  const result = schema.safeParse(value);
  if (result.success) return { ok: true, value: result.data };
  const issue = result.error.issues[0];
  const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
  return bad(`${where}${issue?.message ?? 'invalid value'}`);
}

function bad(message: string): FieldResult {
  return { ok: false, message };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
