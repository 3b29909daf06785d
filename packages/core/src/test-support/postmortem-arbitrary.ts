import fc from 'fast-check';
import {
  ACTION_STATUSES,
  ACTION_TYPES,
  SECTION_KINDS,
  SEVERITIES,
  STATUSES,
  TIMELINE_KINDS,
  buildPostmortem,
  factorCategorySchema,
  prioritySchema,
} from '../model/index.js';
import type { Postmortem, PostmortemInput, Section } from '../model/index.js';
import { findLeadingTime, parseDate } from '../time/index.js';
import { leadingDate } from '../markdown/extract-timeline.js';
import type { RawEntry } from '../markdown/extract-timeline.js';
import { ensureHosts } from '../markdown/ensure-hosts.js';
import { resolveEntries } from '../markdown/resolve-entries.js';

// Prose made of plain lower-case words: nothing in it can be read as a heading, a list, a
// time or a date, which is what a "valid model" promises about its free text.
const WORDS = [
  'the',
  'cache',
  'cluster',
  'queue',
  'request',
  'service',
  'deploy',
  'slow',
  'error',
  'traffic',
  'node',
  'database',
  'replica',
  'config',
  'users',
  'saw',
  'after',
  'while',
  'team',
  'page',
  'gateway',
  'timeout',
  'worker',
  'disk',
  'memory',
  'é',
  'naïve',
  'über',
  'café',
  'αβγ',
];
const word = fc.constantFrom(...WORDS);
const words = (min: number, max: number) =>
  fc.array(word, { minLength: min, maxLength: max }).map((w) => w.join(' '));
const sentence = words(3, 12).map((s) => `${s.charAt(0).toUpperCase()}${s.slice(1)}.`);
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 3 }).map((s) => s.join(' '));
const body = fc.array(paragraph, { minLength: 0, maxLength: 3 }).map((p) => p.join('\n\n'));
const name = fc.constantFrom('alice', 'bob', 'Carol Diaz', 'dan', 'Émile Zola', 'li-wei');
const names = fc.uniqueArray(name, { maxLength: 3 });
const isoDate = fc
  .date({
    min: new Date('2015-01-01T00:00:00Z'),
    max: new Date('2030-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));
const zoneId = fc.constantFrom(
  'UTC',
  'PST',
  'WAT',
  'CET',
  'UTC+01:00',
  'UTC-04:00',
  'America/New_York',
  'Europe/Paris',
);
const headingPool = [
  'Summary',
  'Issue Summary',
  'Impact',
  'Timeline',
  'Root Cause',
  'Root Cause and Resolution',
  'Resolution',
  'Corrective and Preventative Measures',
  'Action Items',
  'Lessons Learned',
  'Five Whys',
  'Contributing Factors',
  'Detection',
  'Background',
  'Conclusion',
  'Follow-up Review',
  'Odds and ends',
  'Notes from the team',
];
const instant = fc
  .record({
    date: isoDate,
    h: fc.integer({ min: 0, max: 23 }),
    m: fc.integer({ min: 0, max: 59 }),
    zone: fc.option(fc.constantFrom(['UTC', 'Z'], ['PST', '-08:00'], ['UTC+01:00', '+01:00']), {
      nil: undefined,
    }),
  })
  .map(({ date, h, m, zone }) => {
    const at = `${date}T${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:00${zone ? zone[1] : ''}`;
    return zone ? { at, zone: zone[0] } : { at };
  });

const timeText = fc.oneof(
  fc
    .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
    .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`),
  fc
    .tuple(
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 0, max: 59 }),
      fc.constantFrom('AM', 'PM'),
    )
    .map(([h, m, p]) => `${h}:${String(m).padStart(2, '0')} ${p}`),
  fc
    .tuple(
      fc.integer({ min: 0, max: 23 }),
      fc.integer({ min: 0, max: 59 }),
      fc.constantFrom('UTC', 'PST', 'GMT+1', 'WAT'),
    )
    .map(([h, m, z]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')} ${z}`),
  fc
    .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
    .map(([h, m]) => `${String(h).padStart(2, '0')}${String(m).padStart(2, '0')}hrs`),
  fc.constant('HH:MM'),
  fc.constantFrom('Nov 29', '2024-03-05', 'March 3'),
  fc.constant(''),
);

const rawEntry = fc.record({
  time: timeText,
  heading: fc.option(isoDate, { nil: undefined, freq: 6 }),
  kind: fc.constantFrom(...TIMELINE_KINDS),
  text: fc.oneof(
    sentence,
    fc.tuple(sentence, sentence).map(([a, b]) => `${a}\n\n${b}`),
  ),
});

const actionItem = fc.record(
  {
    title: words(2, 8),
    type: fc.constantFrom(...ACTION_TYPES),
    owner: name,
    due: isoDate,
    status: fc.constantFrom(...ACTION_STATUSES),
    priority: fc.constantFrom(...prioritySchema.options),
    link: fc.constantFrom('https://tracker.example/T-1', 'https://tracker.example/T-42'),
    notes: paragraph,
  },
  { requiredKeys: ['title', 'status'] },
);

/** Sections in a plausible outline: a first level-2 heading, sub-sections at most one level deeper. */
const sections = fc
  .array(
    fc.record({
      heading: fc.oneof(
        fc.constantFrom(...headingPool),
        words(1, 4).map((w) => w.charAt(0).toUpperCase() + w.slice(1)),
      ),
      kind: fc.option(fc.constantFrom(...SECTION_KINDS), { nil: undefined, freq: 3 }),
      deeper: fc.boolean(),
      body,
    }),
    { minLength: 1, maxLength: 10 },
  )
  .map((drafts) => {
    let level = 2;
    return drafts.map((d, i): Omit<Section, 'kind'> & { kind?: Section['kind'] } => {
      level = i === 0 ? 2 : d.deeper ? Math.min(level + 1, 4) : 2;
      return { heading: d.heading, level, body: d.body, ...(d.kind ? { kind: d.kind } : {}) };
    });
  });

/**
 * Valid postmortems: every field the model has, free text that cannot be mistaken for
 * structure, and timeline times resolved by the same rules the reader uses (so the model is
 * one a document could express). Used by the round-trip property test.
 */
export const postmortemArbitrary: fc.Arbitrary<Postmortem> = fc
  .record({
    title: words(1, 8).map((t) => `Incident ${t}`),
    date: fc.option(isoDate, { nil: undefined }),
    severity: fc.option(fc.constantFrom(...SEVERITIES), { nil: undefined }),
    status: fc.constantFrom(...STATUSES),
    authors: names,
    reviewers: names,
    services: fc.uniqueArray(fc.constantFrom('api', 'web', 'search', 'billing'), { maxLength: 3 }),
    tags: fc.uniqueArray(fc.constantFrom('network', 'deploy', 'database'), { maxLength: 2 }),
    timezone: fc.option(zoneId, { nil: undefined }),
    durationMinutes: fc.option(fc.integer({ min: 1, max: 5000 }), { nil: undefined }),
    incident: fc.record(
      { impactStarted: instant, detected: instant, resolved: instant },
      { requiredKeys: [] },
    ),
    impact: fc.record(
      {
        usersAffectedPercent: fc.integer({ min: 0, max: 100 }),
        failedRequests: fc.nat(),
        revenue: fc.constantFrom('$1,200', 'none'),
        servicesAffected: fc.uniqueArray(fc.constantFrom('api', 'web'), { maxLength: 2 }),
      },
      { requiredKeys: ['servicesAffected'] },
    ),
    rootCause: fc.record({
      rootCause: fc.option(sentence, { nil: undefined }),
      whys: fc.array(
        fc.record({ question: words(2, 6).map((q) => `Why did ${q}?`), answer: sentence }),
        { maxLength: 5 },
      ),
      contributingFactors: fc.array(
        fc.record({
          text: sentence,
          category: fc.option(fc.constantFrom(...factorCategorySchema.options), { nil: undefined }),
        }),
        { maxLength: 4 },
      ),
    }),
    followUp: fc.record({ reviewDate: fc.option(isoDate, { nil: undefined }), attendees: names }),
    extra: fc.dictionary(
      fc.constantFrom('x_team_url', 'x_ticket'),
      fc.constantFrom('a', 'b', 'https://example.org'),
    ),
    sections,
    entries: fc.array(rawEntry, { maxLength: 12 }),
    actionItems: fc.array(actionItem, { maxLength: 5 }),
  })
  .map((r): Postmortem => {
    const secs: Section[] = r.sections.map((s) => ({
      kind: s.kind ?? 'other',
      heading: s.heading,
      level: s.level,
      body: s.body,
    }));
    const raw: RawEntry[] = r.entries.map((e, i) => {
      const found = e.time ? findLeadingTime(`**${e.time}**`) : undefined;
      const leadDate = e.time && !found ? leadingDate(`**${e.time}**`) : undefined;
      const heading = e.heading ? parseDate(e.heading)?.date : undefined;
      return {
        line: i,
        ...(found ? { found } : {}),
        ...(leadDate ? { leadDate } : {}),
        ...(heading ? { headingDate: heading } : {}),
        kind: e.kind,
        text: e.text,
      };
    });
    const base: PostmortemInput = {
      title: r.title,
      status: r.status,
      authors: r.authors,
      reviewers: r.reviewers,
      services: r.services,
      tags: r.tags,
      incident: stripUndefined(r.incident),
      impact: stripUndefined(r.impact),
      rootCause: stripUndefined({
        ...r.rootCause,
        contributingFactors: r.rootCause.contributingFactors.map(stripUndefined),
      }),
      followUp: stripUndefined(r.followUp),
      extra: r.extra,
      sections: secs,
      actionItems: r.actionItems,
      ...(r.date ? { date: r.date } : {}),
      ...(r.severity ? { severity: r.severity } : {}),
      ...(r.timezone ? { timezone: r.timezone } : {}),
      ...(r.durationMinutes ? { durationMinutes: r.durationMinutes } : {}),
    };
    base.timeline = resolveEntries(raw, base, undefined, []);
    return ensureHosts(buildPostmortem(base));
  });

function stripUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
