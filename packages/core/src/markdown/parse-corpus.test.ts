import { describe, expect, it } from 'vitest';
import { postmortemSchema } from '../model/index.js';
import type { SectionKind } from '../model/index.js';
import { hasCorpus, readCorpus } from '../test-support/corpus.js';
import { parsePostmortem } from './parse-postmortem.js';
import type { ParseResult } from './parse-result.js';

// Facts checked by reading each file: its title, how many timeline entries a reader counts,
// the first entry's time and zone, and which sections are there. The files are real
// postmortems written by other people (see ../shared/corpus/SOURCES.md).
interface Facts {
  title?: string;
  entries: number;
  first?: { time: string; at?: string; clock?: string; zone?: string };
  kinds?: SectionKind[];
  check?: (r: ParseResult) => void;
}

const FACTS: Record<string, Facts> = {
  'co_01.md': {
    title: 'Kubernetes network infrastructure IP starvation',
    entries: 14,
    first: { time: '2019-11-29 12:00', at: '2019-11-29T12:00:00+01:00', zone: 'CET' },
    kinds: ['summary', 'timeline', 'contributing-factors', 'lessons-learned', 'action-items'],
    check: ({ model }) => {
      expect(model.actionItems).toHaveLength(4);
      expect(model.rootCause.contributingFactors).toHaveLength(7);
      const unknown = model.timeline.find((e) => e.time.includes('--:--'));
      expect(unknown).toMatchObject({ date: '2019-12-03' });
      expect(unknown?.clock).toBeUndefined();
    },
  },
  'co_03.md': {
    title: 'Website Outage 5-26-21',
    entries: 11,
    first: { time: '04:49 PM UTC', at: '2021-05-26T16:49:00Z', zone: 'UTC' },
    kinds: ['summary', 'timeline', 'root-cause', 'resolution', 'corrective-measures'],
  },
  'co_07.md': {
    title: 'crates.io Postmortem: Broken Crate Downloads',
    entries: 16,
    first: { time: '12:32 UTC', at: '2023-07-19T12:32:00Z', zone: 'UTC' },
    kinds: ['summary', 'impact', 'detection', 'response', 'recovery', 'timeline', 'five-whys'],
    check: ({ model, source }) => {
      expect(source.frontMatter).toBe('toml');
      expect(model.authors).toEqual(['Tobias Bieniek']);
      // The per-day headings date the entries under them.
      expect(model.timeline[2]).toMatchObject({ time: '10:00 UTC', date: '2023-07-20' });
      expect(model.extra).toHaveProperty('path');
    },
  },
  'google_sre_example_postmortem.md': {
    title: 'Shakespeare Sonnet++ Postmortem (incident #465)',
    entries: 34,
    first: { time: '14:51', at: '2015-10-21T14:51:00Z', zone: 'UTC' },
    kinds: [
      'summary',
      'impact',
      'root-cause',
      'trigger',
      'resolution',
      'detection',
      'action-items',
      'lessons-learned',
      'timeline',
    ],
    check: ({ model }) => {
      expect(model.date).toBe('2015-10-21');
      expect(model.authors).toEqual(['jennifer', 'martym', 'agoogler']);
      expect(model.actionItems).toHaveLength(9);
      expect(model.actionItems[0]).toMatchObject({ owner: 'jennifer', type: 'respond' });
      expect(model.impact.failedRequests).toBe(1_210_000_000);
    },
  },
  'hb_01.md': {
    title: '0x19. Postmortem',
    entries: 7,
    first: { time: '07:31 PM', at: '2021-01-23T19:31:00-08:00', zone: 'America/Los_Angeles' },
    kinds: ['summary', 'timeline', 'corrective-measures'],
    check: ({ model }) => {
      expect(model.impact.usersAffectedPercent).toBe(100);
      expect(model.sections.some((s) => s.kind.startsWith('root-cause'))).toBe(false);
    },
  },
  'hb_02.md': {
    entries: 6,
    first: { time: '17:00', zone: 'WAT' },
    kinds: ['summary', 'timeline', 'root-cause', 'corrective-measures'],
  },
  'hb_03.md': {
    title: 'Postmortem: The Great Login Fiasco',
    entries: 10,
    first: { time: '10:05 AM', zone: 'UTC' },
    kinds: ['summary', 'timeline', 'root-cause-and-resolution', 'corrective-measures'],
    check: ({ model }) => {
      // The "Tasks" group holds six items; the "Improvements" group stays prose.
      expect(model.actionItems).toHaveLength(6);
      const corrective = model.sections.find((s) => s.kind === 'corrective-measures');
      expect(corrective?.body).toContain('Improvements');
    },
  },
  'hb_04.md': {
    title: 'Apache Internal Error (500) Fix',
    entries: 1,
    first: { time: 'Nov 1, 2022 6:00 AM', clock: '06:00' },
    kinds: ['summary', 'timeline', 'root-cause-and-resolution'],
  },
  'hb_05.md': {
    title: 'Web Stack Debugging #2 Postmortem',
    entries: 6,
    first: { time: '14:51 PST', at: '2019-01-17T14:51:00-08:00', zone: 'PST' },
    check: ({ model }) => {
      expect(model.date).toBe('2019-01-17');
      expect(model.actionItems).toHaveLength(2);
    },
  },
  'hb_06.md': {
    entries: 8,
    first: { time: '06:00 AM', at: '2023-06-28T06:00:00-04:00', zone: 'UTC-04:00' },
    check: ({ model }) => {
      // "07:40" is written without AM/PM between two morning entries.
      expect(model.timeline[2]).toMatchObject({ time: '07:40', clock: '07:40' });
    },
  },
  'hb_07.md': {
    title: 'Postmortem: Nginx Service Outage',
    entries: 11,
    first: { time: '14:00 UTC', at: '2024-06-20T14:00:00Z', zone: 'UTC' },
    check: ({ model }) => {
      expect(model.impact.usersAffectedPercent).toBe(75);
      expect(model.durationMinutes).toBe(150);
    },
  },
  'hb_08.md': {
    title: 'Postmortem',
    entries: 14,
    first: { time: '12:59:00', clock: '12:59:00' },
    check: ({ model }) => {
      expect(model.date).toBeUndefined();
      expect(model.timezone).toBeUndefined();
      expect(model.timeline.every((e) => e.at === undefined)).toBe(true);
    },
  },
  'hb_15.md': {
    title: 'POSTMORTEM',
    // One run-on paragraph and a list item hold eight times between them.
    entries: 8,
    first: { time: '2100hrs WAT', at: '2023-10-13T21:00:00+01:00', zone: 'WAT' },
    kinds: ['summary', 'timeline', 'root-cause-and-resolution', 'corrective-measures'],
    check: ({ model }) => expect(model.durationMinutes).toBe(15),
  },
  'hb_18.md': {
    entries: 8,
    first: { time: '16:15 GMT+1', at: '2023-01-31T16:15:00+01:00', zone: 'UTC+01:00' },
    check: ({ model, diagnostics }) => {
      expect(diagnostics.map((d) => d.code)).toContain('missing-title');
      expect(model.incident.impactStarted?.at).toBe('2023-01-31T16:15:00+01:00');
      expect(model.incident.resolved?.at).toBe('2023-01-31T18:05:00+01:00');
      expect(model.actionItems).toHaveLength(4);
    },
  },
  'tpl_02.md': {
    entries: 0,
    kinds: ['summary', 'timeline', 'root-cause', 'resolution', 'corrective-measures'],
  },
};

describe.skipIf(!hasCorpus())('the development corpus', () => {
  const corpus = hasCorpus() ? readCorpus() : [];

  it.each(corpus.map((d) => [d.name, d.text] as const))(
    '%s parses into a valid model',
    (name, text) => {
      const result = parsePostmortem(text, { fileName: name });
      expect(postmortemSchema.safeParse(result.model).success).toBe(true);
      expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(result.source.sections).toHaveLength(result.model.sections.length);
      expect(result.source.timeline).toHaveLength(result.model.timeline.length);
      expect(result.wordCount).toBeGreaterThan(0);
    },
  );

  it.each(Object.entries(FACTS))('%s: the facts a reader sees', (name, facts) => {
    const text = corpus.find((d) => d.name === name)?.text;
    expect(text, `${name} is in the corpus`).toBeDefined();
    const result = parsePostmortem(text ?? '', { fileName: name });
    const { model } = result;
    if (facts.title) expect(model.title).toBe(facts.title);
    expect(model.timeline).toHaveLength(facts.entries);
    if (facts.first) expect(model.timeline[0]).toMatchObject(facts.first);
    for (const kind of facts.kinds ?? []) expect(model.sections.map((s) => s.kind)).toContain(kind);
    facts.check?.(result);
  });
});
