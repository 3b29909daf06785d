import { addDays, formatClock, isoDate, longDate } from './clock-format.js';
import { frontMatter, heading, table } from './markdown-bits.js';
import type { PlannedAction, PlannedEvent, Scenario } from './postmortem-scenario.js';
import type { SectionId } from './vocabulary.js';

/** How much of each prose pool of a scenario goes into the document. */
export type PoolCounts = Record<PoolName, number>;
export type PoolName =
  | 'summary'
  | 'impact'
  | 'middle'
  | 'rootCause'
  | 'resolution'
  | 'whys'
  | 'factors'
  | 'actions'
  | 'lessons';

export const MIN_COUNTS: PoolCounts = {
  summary: 1,
  impact: 1,
  middle: 1,
  rootCause: 1,
  resolution: 1,
  whys: 3,
  factors: 0,
  actions: 2,
  lessons: 1,
};

/** Renders a scenario with the given amount of prose. Pure: no randomness is drawn here. */
export function renderPostmortem(s: Scenario, counts: PoolCounts): string {
  const blocks: string[] = [];
  const fm = frontMatter(s);
  if (fm !== undefined) blocks.push(fm);
  let sectionIndex = 0;
  const h = (id: SectionId | 'title', level: number): string => {
    const text = id === 'title' ? s.title : s.headings[id];
    const style =
      s.style.heading === 'mixed'
        ? (s.style.mixedHeadings[sectionIndex++] ?? 'atx')
        : s.style.heading;
    return heading(text, level, style);
  };
  if (s.style.titleLine) blocks.push(h('title', 1));

  const events = [...s.opening, ...s.middle.slice(0, counts.middle), ...s.closing];
  const minutes = eventMinutes(s.start, events);
  const end = minutes[minutes.length - 1] ?? s.start;

  blocks.push(h('summary', 2), summaryFacts(s, end), ...s.summary.slice(0, counts.summary));
  blocks.push(h('impact', 2), s.impact.slice(0, counts.impact).join(' '));
  blocks.push(h('timeline', 2), ...timeline(s, events, minutes));
  blocks.push(h('rootCause', 2), ...s.rootCause.slice(0, counts.rootCause));
  if (counts.factors > 0) {
    blocks.push(h('factors', 3), bullets(s.factors.slice(0, counts.factors)));
  }
  if (s.style.withWhys) {
    const whys = s.whys.slice(0, counts.whys).map((w, i) => `${i + 1}. ${w}`);
    blocks.push(h('whys', 3), whys.join('\n'));
  }
  blocks.push(h('resolution', 2), ...s.resolution.slice(0, counts.resolution));
  blocks.push(h('actions', 2), actionItems(s, s.actions.slice(0, counts.actions)));
  if (s.style.withLessons)
    blocks.push(h('lessons', 2), bullets(s.lessons.slice(0, counts.lessons)));

  const text = `${blocks.join('\n\n')}\n`;
  return s.style.crlf ? text.replace(/\n/g, '\r\n') : text;
}

function eventMinutes(start: number, events: PlannedEvent[]): number[] {
  let t = start;
  return events.map((e) => (t += e.gap));
}

/** The graded form asks for duration, start and end with a zone, and the share of users hit. */
function summaryFacts(s: Scenario, end: number): string {
  const from = formatClock(s.date, s.start, 0, s.style.time);
  const to = formatClock(s.date, end, 0, s.style.time);
  const total = end - s.start;
  const duration =
    total >= 60 ? `${Math.floor(total / 60)} h ${total % 60} min` : `${total} minutes`;
  if (s.style.heading === 'bold' || s.style.timeline === 'table') {
    return [
      `**Duration:** ${duration}, from ${from} to ${to} (${s.zone})  `,
      `**Impact:** ${s.usersPercent}% of users  `,
      `**Root cause:** ${s.cause}`,
    ].join('\n');
  }
  return `From ${from} to ${to} ${s.zone} (${duration}), ${s.symptom} affected ${s.usersPercent}% of users of ${s.service}. The root cause: ${s.cause}.`;
}

function timeline(s: Scenario, events: PlannedEvent[], minutes: number[]): string[] {
  const out: string[] = [];
  if (s.style.zoneMention === 'header') out.push(`All times are ${s.zone}.`);
  const withZone = s.style.zoneMention === 'entries' && s.style.time !== 'iso-t';
  const cells = events.map((e, i) => {
    const t = formatClock(s.date, minutes[i] ?? s.start, e.second, s.style.time);
    return [withZone ? `${t} ${s.zone}` : t, e.text] as const;
  });
  if (s.style.timeline === 'table') {
    const zone = s.style.zoneMention === 'none' ? '' : ` (${s.zone})`;
    out.push(
      table(
        [`Time${zone}`, 'Event'],
        cells.map(([t, text]) => [t, text]),
      ),
    );
    return out;
  }
  const dated = !s.style.time.startsWith('iso');
  let lines: string[] = [];
  let day = Math.floor(s.start / 1440);
  cells.forEach(([t, text], i) => {
    const d = Math.floor((minutes[i] ?? s.start) / 1440);
    if (dated && d !== day) {
      // A new day: people write the date as a line of its own before the next entry.
      out.push(lines.join(s.style.timeline === 'plain' ? '\n\n' : '\n'));
      out.push(`**${longDate(addDays(s.date, d))}**`);
      lines = [];
      day = d;
    }
    lines.push(timelineLine(s, t, text));
  });
  out.push(lines.join(s.style.timeline === 'plain' ? '\n\n' : '\n'));
  return out.filter((b) => b !== '');
}

function timelineLine(s: Scenario, time: string, text: string): string {
  switch (s.style.timeline) {
    case 'bold-bullets':
      return `* **${time}**${s.style.dash === ':' ? ':' : ` ${s.style.dash}`} ${text}`;
    case 'plain':
      return `${time} ${s.style.dash} ${text}`;
    default:
      return `- ${time} ${s.style.dash} ${text}`;
  }
}

function actionItems(s: Scenario, items: PlannedAction[]): string {
  const due = (a: PlannedAction): string => dueText(s, a);
  switch (s.style.actions) {
    case 'checklist':
      return items
        .map((a) => `- [${a.done ? 'x' : ' '}] ${a.title} (owner: @${a.handle}, due ${due(a)})`)
        .join('\n');
    case 'todo':
      return [
        'TODO:',
        ...items.map((a) => `- ${a.title}. Owner: ${a.owner}. Due: ${due(a)}.`),
      ].join('\n');
    case 'table':
      return table(
        ['Action', 'Type', 'Owner', 'Due', 'Status'],
        items.map((a) => [a.title, a.type, a.owner, due(a), a.done ? 'done' : 'open']),
      );
    case 'numbered':
      return items.map((a, i) => `${i + 1}. ${a.title} — ${a.owner}, by ${due(a)}`).join('\n');
  }
}

function dueText(s: Scenario, a: PlannedAction): string {
  const d = addDays(s.date, a.dueInDays);
  switch (a.dueStyle) {
    case 'iso':
      return isoDate(d);
    case 'long':
      return longDate(d);
    case 'slash':
      return `${String(d.day).padStart(2, '0')}/${String(d.month).padStart(2, '0')}/${d.year}`;
    case 'vague':
      return a.dueInDays < 21 ? 'next sprint' : `end of Q${Math.ceil(d.month / 3)}`;
  }
}

function bullets(items: string[]): string {
  return items.map((i) => `- ${i}`).join('\n');
}
