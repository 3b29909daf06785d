import type { Impact, PostmortemInput, Section, SectionKind } from '../model/index.js';
import type { Zone } from '../time/index.js';
import {
  findLeadingTime,
  findTimes,
  findTimezoneStatement,
  formatDate,
  parseDuration,
  toInstant,
} from '../time/index.js';
import type { Block } from './block.js';
import type { DraftSection } from './build-sections.js';
import { coerceSeverity, coerceStatus, splitNames } from './coerce.js';
import type { RawEntry } from './extract-timeline.js';
import { firstSentence } from '../text/first-sentence.js';
import { inlineText } from '../text/inline-text.js';
import { readLooseDate } from './read-loose-date.js';

export interface InferenceContext {
  sections: readonly Section[];
  drafts: readonly DraftSection[];
  blocks: readonly Block[];
  lines: readonly string[];
  entries: readonly RawEntry[];
  /** A date stated at the top of the timeline, used when nothing else dates the incident. */
  timelineDate?: string;
}

type Key = keyof PostmortemInput;

const LABEL =
  /^\s*(?:[-*+]\s+)?(?:\*\*|__)?\s*([A-Za-z][A-Za-z ()/'’-]{1,40}?)\s*(?::\s*(?:\*\*|__)|(?:\*\*|__)\s*:|:)\s*(.+)$/;
const LABELS: readonly [string, RegExp][] = [
  ['date', /^(?:date|date of (?:the )?incident|incident date|occurred on)$/],
  ['severity', /^(?:severity|sev|incident severity)$/],
  ['status', /^(?:status|document status)$/],
  ['authors', /^(?:authors?|written by|prepared by)$/],
  ['reviewers', /^(?:reviewers?|reviewed by)$/],
  ['published', /^(?:published|publication date|date published|posted on)$/],
  ['duration', /^(?:duration|duration of (?:the )?outage|total duration|outage duration)$/],
  [
    'services',
    /^(?:services? affected|service\(s\) affected|affected services?|systems? affected)$/,
  ],
  ['distribution', /^distribution$/],
  ['reviewDate', /^(?:review date|follow-?up review(?: date)?)$/],
  [
    'impactStarted',
    /^(?:start(?: time)?|started(?: at)?|began|outage start(?:ed)?|impact start(?:ed)?)$/,
  ],
  ['resolved', /^(?:end(?: time)?|ended(?: at)?|outage end(?:ed)?|resolved at|end of impact)$/],
  ['detected', /^(?:detected(?: at)?|detection time)$/],
  ['rootCause', /^(?:root causes?|the root cause|underlying cause)$/],
];
const PLACEHOLDER = /^\[[^\]]*\]$|^(?:tbd|tba|n\/a|none|-+)$/i;
// Sections where a postmortem's facts are stated; labels elsewhere (action items) mean other things.
const FACTS_HEAD = 1500;
const FACT_ORDER: readonly SectionKind[] = [
  'summary',
  'impact',
  'introduction',
  'background',
  'other',
];
const FACT_KINDS = new Set<SectionKind>(FACT_ORDER);

/**
 * Fills the model fields that the front matter did not mention from what the prose states:
 * labelled fields (`**Severity:** High`), the title, summary sentences and the timeline.
 * Every rule is in docs/parser.md; a field the front matter mentions is never overridden.
 */
export function inferMetadata(
  model: PostmortemInput,
  present: ReadonlySet<Key>,
  ctx: InferenceContext,
): void {
  const labels = readLabels(ctx);
  // The summary states the incident's facts most reliably; an introduction may carry other dates.
  // Facts are stated early; scanning only the head keeps inference cheap on long documents.
  const facts = [...ctx.sections]
    .filter((s) => FACT_KINDS.has(s.kind))
    .sort((a, b) => FACT_ORDER.indexOf(a.kind) - FACT_ORDER.indexOf(b.kind))
    .map((s) => s.body)
    .join('\n\n')
    .slice(0, FACTS_HEAD);
  const unset = (key: Key) => !present.has(key) && model[key] === undefined;

  if (unset('date')) {
    const date =
      (labels.date && readLooseDate(labels.date)) ??
      readLooseDate(model.title) ??
      readLooseDate(facts) ??
      firstEntryDate(ctx.entries) ??
      ctx.timelineDate;
    if (date) model.date = date;
  }
  if (unset('severity') && labels.severity) {
    const severity = coerceSeverity(labels.severity);
    if (severity) model.severity = severity;
  }
  if (unset('status') && labels.status) {
    const status = coerceStatus(labels.status);
    if (status) model.status = status;
  }
  for (const [label, key] of [
    ['authors', 'authors'],
    ['reviewers', 'reviewers'],
    ['distribution', 'distribution'],
    ['services', 'services'],
  ] as const) {
    const value = labels[label];
    if (!present.has(key) && value) model[key] = splitNames(value);
  }
  if (unset('published') && labels.published) {
    const published = readLooseDate(labels.published);
    if (published) model.published = published;
  }
  if (unset('timezone')) {
    const zone = inferZone(ctx, facts);
    if (zone) model.timezone = zone.id;
  }
  if (unset('durationMinutes')) {
    const minutes = parseDuration(labels.duration ?? '') ?? parseDuration(facts);
    if (minutes !== undefined && minutes > 0) model.durationMinutes = minutes;
  }
  if (!present.has('incident')) {
    const incident: NonNullable<PostmortemInput['incident']> = {};
    for (const key of ['impactStarted', 'detected', 'resolved'] as const) {
      const instant = labels[key] ? readLabelledInstant(labels[key], model) : undefined;
      if (instant) incident[key] = instant;
    }
    if (Object.keys(incident).length > 0) model.incident = incident;
  }
  if (!present.has('followUp') && labels.reviewDate) {
    const reviewDate = readLooseDate(labels.reviewDate);
    if (reviewDate) model.followUp = { reviewDate, attendees: [] };
  }
  if (!present.has('impact')) model.impact = inferImpact(ctx.sections, labels.services);
  if (!present.has('detection')) {
    const detection = ctx.sections.find((s) => s.kind === 'detection');
    const method = detection ? firstSentence(detection.body) : undefined;
    if (method) model.detection = { method, source: detectionSource(method) };
  }
  if (!present.has('rootCause')) {
    const rc = { ...(model.rootCause ?? {}) };
    const sentence = (...kinds: SectionKind[]) => {
      for (const kind of kinds) {
        const s = ctx.sections.find((x) => x.kind === kind && x.body.trim() !== '');
        const text = s ? firstSentence(s.body) : undefined;
        if (text) return text;
      }
      return undefined;
    };
    // A summary's `Root cause:` line is the author's own one-line statement; prefer it.
    const root = labels.rootCause ?? sentence('root-cause', 'root-cause-and-resolution');
    const trigger = sentence('trigger');
    const immediate = sentence('immediate-cause');
    if (root) rc.rootCause = root;
    if (trigger) rc.trigger = trigger;
    if (immediate) rc.immediateCause = immediate;
    model.rootCause = rc;
  }
}

function readLabels(ctx: InferenceContext): Record<string, string> {
  const out: Record<string, string> = {};
  const ranges = ctx.drafts
    .filter((d) => FACT_KINDS.has(d.kind))
    .map((d) => [d.start, d.end] as const);
  for (const block of ctx.blocks) {
    if (!ranges.some(([start, end]) => block.start >= start && block.start < end)) continue;
    const texts: string[] =
      block.type === 'paragraph'
        ? block.text.split('\n')
        : block.type === 'list'
          ? block.items.flatMap((i) => [
              i.text.split('\n')[0] ?? '',
              ...i.children.map((c) => c.text.split('\n')[0] ?? ''),
            ])
          : block.type === 'html'
            ? block.lines.map((l) => l.text)
            : [];
    for (const text of texts) {
      if (!text.includes(':')) continue;
      const m = LABEL.exec(text.replace(/^(?:&\w+;|:[a-z0-9_+-]+:|\s)+/gi, ''));
      if (!m) continue;
      const label = inlineText(m[1] ?? '').toLowerCase();
      const value = inlineText(m[2] ?? '').replace(/^\^\[[^\]]*\]\([^)]*\)\^\s*/, '');
      if (!value || PLACEHOLDER.test(value)) continue;
      for (const [key, re] of LABELS)
        if (re.test(label) && out[key] === undefined) out[key] = value;
    }
  }
  return out;
}

function readLabelledInstant(text: string, model: PostmortemInput) {
  const found = findLeadingTime(text) ?? findTimes(text)[0];
  if (!found?.clock) return undefined;
  const date =
    found.date?.year !== undefined
      ? formatDate({ year: found.date.year, month: found.date.month, day: found.date.day })
      : model.date;
  if (!date) return undefined;
  const at = toInstant(date, found.clock, found.zone);
  return found.zone ? { at, zone: found.zone.id } : { at };
}

function firstEntryDate(entries: readonly RawEntry[]): string | undefined {
  for (const e of entries) {
    const d = e.found?.date ?? e.headingDate;
    if (d?.year !== undefined) return formatDate({ year: d.year, month: d.month, day: d.day });
  }
  return undefined;
}

/** The zone a timeline's times are in: stated once, else the one its entries use most, else the summary's. */
function inferZone(ctx: InferenceContext, facts: string): Zone | undefined {
  const timeline = ctx.drafts.find((d) => d.kind === 'timeline');
  if (timeline) {
    const head = [
      timeline.heading,
      ...ctx.lines.slice(timeline.start, Math.min(timeline.end, timeline.start + 6)),
    ].join('\n');
    const stated = findTimezoneStatement(head);
    if (stated) return stated;
  }
  const counts = new Map<string, { zone: Zone; n: number }>();
  for (const e of ctx.entries) {
    const z = e.found?.zone;
    if (!z) continue;
    const c = counts.get(z.id) ?? { zone: z, n: 0 };
    c.n++;
    counts.set(z.id, c);
  }
  const best = [...counts.values()].sort((a, b) => b.n - a.n)[0];
  if (best) return best.zone;
  // Last resort, the summary's opening: a zone stated later is rarely about the incident.
  const head = facts.slice(0, ZONE_HEAD);
  return findTimezoneStatement(head) ?? findTimes(head).find((t) => t.zone)?.zone;
}

const ZONE_HEAD = 800;

const PERCENT =
  /(\d{1,3}(?:\.\d+)?)\s?%\s*(?:of\s+(?:the\s+|our\s+|all\s+)?)?([a-z]+(?:\s+[a-z]+)?)?/gi;
const AUDIENCE =
  /\b(?:users?|customers?|traffic|requests?|visitors?|clients?|queries|sessions|accounts|people|payments?|transactions?|orders?|calls|logins?|uploads?|downloads?|searches|page ?views|api calls|members|players|students|merchants|tenants|devices)\b/i;
const SCALE: Record<string, number> = {
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  million: 1e6,
  b: 1e9,
  billion: 1e9,
};

function inferImpact(sections: readonly Section[], services: string | undefined): Impact {
  const text = sections
    .filter((s) => s.kind === 'summary' || s.kind === 'impact' || s.kind === 'introduction')
    .map((s) => s.body.slice(0, FACTS_HEAD))
    .join(' ')
    .replace(/\*\*|__|`/g, '');
  const impact: Impact = { servicesAffected: services ? splitNames(services) : [] };
  for (const m of text.matchAll(PERCENT)) {
    const value = Number(m[1]);
    const around = `${m[2] ?? ''} ${text.slice(Math.max(0, (m.index ?? 0) - 60), m.index ?? 0)}`;
    if (value <= 100 && AUDIENCE.test(around)) {
      impact.usersAffectedPercent = value;
      break;
    }
  }
  const failed =
    /(\d[\d,.]*)\s*(k|m|b|thousand|million|billion)?\s+(?:failed\s+|lost\s+|dropped\s+)?(?:requests|queries|calls)\b(?:\s+(?:failed|lost|dropped|errored))?/i.exec(
      text,
    );
  if (failed && /failed|lost|dropped|errored/i.test(failed[0])) {
    const n = Math.round(
      Number((failed[1] ?? '').replace(/,/g, '')) * (SCALE[(failed[2] ?? '').toLowerCase()] ?? 1),
    );
    if (Number.isFinite(n) && n > 0) impact.failedRequests = n;
  }
  const customers = /(\d[\d,]*)\s+(?:\w+\s+)?customers\b/i.exec(text);
  if (customers) {
    const n = Number((customers[1] ?? '').replace(/,/g, ''));
    if (Number.isSafeInteger(n)) impact.customersAffected = n;
  }
  return impact;
}

function detectionSource(
  text: string,
): 'monitoring' | 'customer' | 'engineer' | 'third-party' | 'other' {
  if (
    /\b(?:alert|monitor|alarm|dashboard|pager|borgmon|prometheus|grafana|datadog|nagios)/i.test(
      text,
    )
  )
    return 'monitoring';
  if (/\b(?:customer|user|client|community|support ticket|complain)/i.test(text)) return 'customer';
  if (/\b(?:aws|vendor|provider|third[- ]party|upstream)\b/i.test(text)) return 'third-party';
  if (/\b(?:engineer|developer|team|noticed|sre|operator)/i.test(text)) return 'engineer';
  return 'other';
}
