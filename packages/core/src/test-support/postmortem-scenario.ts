import { TIME_STYLES, longDate } from './clock-format.js';
import type { CalendarDate, TimeStyle } from './clock-format.js';
import type { Rng } from './prng.js';
import * as V from './vocabulary.js';
import type { SectionId } from './vocabulary.js';

/** One timeline entry before its time is written: `gap` is minutes after the previous one. */
export interface PlannedEvent {
  gap: number;
  second: number;
  text: string;
}

export interface PlannedAction {
  title: string;
  owner: string;
  handle: string;
  /** Days after the incident; written in `dueStyle` by the renderer. */
  dueInDays: number;
  dueStyle: 'iso' | 'long' | 'slash' | 'vague';
  type: string;
  done: boolean;
}

/** How one synthetic document is written: every random choice is made here, up front. */
export interface DocumentStyle {
  frontMatter: 'yaml' | 'toml' | 'none';
  /** Whether a `#` title line appears (always when there is no front matter). */
  titleLine: boolean;
  heading: 'atx' | 'atx-closed' | 'setext' | 'bold' | 'mixed';
  /** Per-section choice when `heading` is `mixed`, indexed by section order. */
  mixedHeadings: ('atx' | 'setext' | 'bold')[];
  time: TimeStyle;
  timeline: 'bullets' | 'bold-bullets' | 'plain' | 'table';
  zoneMention: 'header' | 'entries' | 'none';
  dash: string;
  actions: 'checklist' | 'todo' | 'table' | 'numbered';
  withWhys: boolean;
  withLessons: boolean;
  crlf: boolean;
}

/**
 * The facts of a fictional incident plus pools of prose to draw from. The renderer takes a
 * prefix of each pool, so the generator can grow a document towards a size without
 * re-rolling anything (which would change the whole document).
 */
export interface Scenario {
  company: string;
  service: string;
  team: string;
  dependency: string;
  trigger: string;
  symptom: string;
  cause: string;
  detection: string;
  fix: string;
  title: string;
  date: CalendarDate;
  /** Minutes after midnight when impact began. */
  start: number;
  zone: string;
  severity: string;
  status: string;
  authors: string[];
  usersPercent: number;
  failedRequests: number;
  style: DocumentStyle;
  headings: Record<SectionId, string>;
  opening: PlannedEvent[];
  middle: PlannedEvent[];
  closing: PlannedEvent[];
  summary: string[];
  impact: string[];
  rootCause: string[];
  resolution: string[];
  whys: string[];
  factors: string[];
  actions: PlannedAction[];
  lessons: string[];
}

/** Rolls every fact and style choice of one document. */
export function planScenario(rng: Rng): Scenario {
  const service = `${rng.pick(V.SERVICE_STEMS)}-${rng.pick(V.SERVICE_SUFFIXES)}`;
  const version = `v${rng.int(1, 9)}.${rng.int(0, 40)}.${rng.int(0, 12)}`;
  // Distinct people: a document where two responders share a first name reads oddly.
  const firsts = rng.shuffle(V.FIRST_NAMES);
  const person = (): string => `${firsts.pop() ?? 'Alex'} ${rng.pick(V.SURNAMES)}`;
  const [cause, fix] = rng.pick(V.CAUSES_AND_FIXES);
  const date = { year: rng.int(2018, 2026), month: rng.int(1, 12), day: rng.int(1, 28) };
  const f = {
    company: rng.pick(V.COMPANIES),
    service,
    team: rng.pick(V.TEAMS),
    dependency: rng.pick(V.DEPENDENCIES),
    trigger: rng.pick(V.TRIGGERS).replace('{version}', version),
    symptom: rng.pick(V.SYMPTOMS),
    cause,
    detection: rng.pick(V.DETECTIONS),
    fix,
    misleading: rng.pick(V.MISLEADING),
    oncall: person(),
    lead: person(),
  };
  const usersPercent = rng.pick([3, 8, 12, 25, 40, 60, 85, 100]);
  const failedRequests = rng.int(2, 900) * 1000;
  // Some documents start late in the evening so that their timelines cross midnight.
  const start = rng.chance(0.2) ? rng.int(22 * 60 + 30, 23 * 60 + 50) : rng.int(0, 22 * 60);
  const frontMatter = rng.chance(0.45) ? 'yaml' : rng.chance(0.15) ? 'toml' : 'none';
  const style: DocumentStyle = {
    frontMatter,
    titleLine: frontMatter === 'none' || rng.chance(0.6),
    heading: rng.pick(['atx', 'atx', 'atx-closed', 'setext', 'bold', 'mixed'] as const),
    mixedHeadings: Array.from({ length: 12 }, () => rng.pick(['atx', 'setext', 'bold'] as const)),
    time: rng.pick(TIME_STYLES),
    timeline: rng.pick(['bullets', 'bullets', 'bold-bullets', 'plain', 'table'] as const),
    zoneMention: rng.pick(['header', 'entries', 'none'] as const),
    dash: rng.pick(['-', '—', '–', ':']),
    actions: rng.pick(['checklist', 'todo', 'table', 'numbered'] as const),
    withWhys: rng.chance(0.5),
    withLessons: rng.chance(0.75),
    crlf: rng.chance(0.1),
  };
  const ev = (min: number, max: number, text: string): PlannedEvent => ({
    gap: rng.int(min, max),
    second: rng.int(0, 59),
    text,
  });
  const middleTexts = [
    `${f.lead} joined as incident commander and split the responders into two tracks.`,
    `Escalated to the ${f.team} team because ${f.dependency} belongs to them.`,
    `Responders ${f.misleading}.`,
    `Checked recent changes: ${f.trigger} had gone out shortly before the first errors.`,
    `Scaled ${service} out to twice its usual replicas; errors continued.`,
    `Posted a first update on the status page: investigating ${f.symptom}.`,
    `Logs from ${f.dependency} show that ${f.cause}.`,
    `Paused all deploys to ${service} until further notice.`,
    `Customer support shared a macro for affected users.`,
    `${f.oncall} reproduced the failure from a staging host.`,
    `Second status-page update: cause identified, fix in progress.`,
    `Tried restarting half of the ${service} pods; they failed health checks again within minutes.`,
    `Compared dashboards with the same hour last week; the difference starts exactly at the change.`,
    `Asked the vendor's support line whether they saw anything on their side; they did not.`,
  ];
  return {
    ...f,
    title: rng.pick([
      `${cap(service)} outage on ${proseDate(date)}`,
      `Postmortem: ${f.symptom} in ${service}`,
      `Incident ${rng.int(100, 9999)} — ${cap(f.symptom)}`,
      `${f.company} ${service} degradation`,
    ]),
    date,
    start,
    zone: rng.pick(V.ZONES),
    severity: rng.pick(['SEV1', 'SEV2', 'SEV3', 'high', 'critical', 'medium', 'P1', 'P2']),
    status: rng.pick(['draft', 'in-review', 'published']),
    authors: rng.shuffle([f.oncall, f.lead, person()]).slice(0, rng.int(1, 3)),
    usersPercent,
    failedRequests,
    style,
    headings: {
      summary: rng.pick(V.SECTION_TITLES.summary),
      impact: rng.pick(V.SECTION_TITLES.impact),
      timeline: rng.pick(V.SECTION_TITLES.timeline),
      rootCause: rng.pick(V.SECTION_TITLES.rootCause),
      factors: rng.pick(V.SECTION_TITLES.factors),
      whys: rng.pick(V.SECTION_TITLES.whys),
      resolution: rng.pick(V.SECTION_TITLES.resolution),
      actions: rng.pick(V.SECTION_TITLES.actions),
      lessons: rng.pick(V.SECTION_TITLES.lessons),
    },
    opening: [
      ev(0, 0, `Impact begins: ${f.symptom} after ${f.trigger}.`),
      ev(1, 12, `Detected: ${f.detection}.`),
      ev(1, 6, `${f.oncall} acknowledged the page and opened an incident channel.`),
    ],
    middle: rng.shuffle(middleTexts).map((t) => ev(2, 14, t)),
    closing: [
      ev(3, 20, `Mitigation: the team ${f.fix}.`),
      ev(2, 15, 'Error rate back under the alert threshold; watching for recurrence.'),
      ev(10, 40, 'Incident resolved; the channel stays open for follow-up questions.'),
    ],
    summary: rng.shuffle([
      `On ${proseDate(date)}, users of ${f.company} saw ${f.symptom}. About ${usersPercent}% of users were affected before the team ${f.fix}.`,
      `The incident was set off by ${f.trigger}. Because ${f.cause}, the problem spread from ${service} to every service that calls it.`,
      `Detection was quick: ${f.detection}. Recovery took longer, mostly because the first hypothesis was wrong.`,
      `This document follows our blameless format: it describes what the systems and the process allowed to happen, not who pressed which button.`,
    ]),
    impact: [
      `About ${usersPercent}% of active users were affected, and roughly ${String(failedRequests).replace(/\B(?=(\d{3})+(?!\d))/g, ',')} requests failed.`,
      `Downstream, the ${rng.pick(V.SERVICE_STEMS)} pages degraded because they depend on ${service}.`,
      `Support received ${rng.int(12, 400)} tickets; ${rng.int(0, 30)} customers asked for a refund or credit.`,
      `No data was lost; a small number of writes were retried automatically after recovery.`,
    ],
    rootCause: rng.shuffle([
      `The trigger was ${f.trigger}. On its own that change was harmless, but it met a system in which ${f.cause}.`,
      `${cap(f.dependency)} slowed down first. Every caller waited on it with generous timeouts, so threads piled up until ${service} stopped answering its health checks.`,
      `Our review process did not catch it because the change looked routine and the test environment could not reproduce production load.`,
      `Monitoring told us that something was wrong but not where: the alerts were on symptoms at the edge, with no signal from ${f.dependency} itself.`,
    ]),
    resolution: rng.shuffle([
      `The team ${f.fix}, which brought error rates back to normal within minutes.`,
      `Afterwards we verified every region separately and replayed the failed background jobs.`,
      `We kept the incident open for an hour of observation before declaring it resolved.`,
    ]),
    whys: [
      `Why did users see errors? Because ${service} could not answer in time.`,
      `Why could it not answer? Because ${f.cause}.`,
      `Why did that happen now? Because of ${f.trigger}.`,
      `Why was the change not caught? Because nothing in review or staging exercises that path at production scale.`,
      `Why is there no such check? Because the risk was never written down after the last near miss.`,
    ],
    factors: rng.shuffle([
      `Timeouts towards ${f.dependency} were far longer than the callers' own deadlines.`,
      'The change went to every region at once instead of in stages.',
      'The on-call engineer had no runbook for this service.',
      'Dashboards showed averages, hiding the tail latency.',
    ]),
    actions: rng.shuffle([...V.ACTION_VERBS]).map((verb, i) => {
      const first = firsts.pop() ?? rng.pick(V.FIRST_NAMES);
      return {
        title: `${verb} ${i % 2 === 0 ? service : f.dependency}`,
        owner: `${first} ${rng.pick(V.SURNAMES)}`,
        handle: first
          .toLowerCase()
          .normalize('NFD')
          .replace(/[^a-z]/g, ''),
        dueInDays: rng.int(7, 60),
        dueStyle: rng.pick(['iso', 'iso', 'long', 'slash', 'vague'] as const),
        type: rng.pick(['prevent', 'detect', 'respond', 'document']),
        done: rng.chance(0.2),
      };
    }),
    lessons: rng.shuffle([...V.LESSONS]),
  };
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * The incident's date as prose writes it: day first (`23/8/2026`) when that cannot be read
 * month first, else spelt out (`August 3, 2026`). Day-first dates with a day of 12 or less
 * (`3/8/2026`) are read month first, as most English documents mean them; writing them here
 * put a third of the documents on the wrong day, and a later date line then made their
 * timelines span months.
 */
function proseDate(date: CalendarDate): string {
  return date.day > 12 ? `${date.day}/${date.month}/${date.year}` : longDate(date);
}
