import { TIMELINE_KINDS } from '../model/index.js';
import type { TimelineEntry, TimelineKind } from '../model/index.js';
import { escapeHtml } from './escape-html.js';
import { formatOffset, pad2 } from '../time/format.js';
import { formatDuration } from '../time/format-duration.js';
import { plainText } from './plain-text.js';
import { CHAR_WIDTH, stackLabels } from './timeline-labels.js';
import { TIMELINE_KIND_STYLES } from './timeline-kinds.js';
import { placeTimeline } from './timeline-time.js';
import type { PlacedEntry, TimelineFrame } from './timeline-time.js';

export interface TimelineSvgOptions {
  /** Width of the drawing in user units (it scales to its container). Default 960. */
  width?: number;
  /** Accessible name of the diagram. Default "Incident timeline". */
  title?: string;
  /** Prefix for the ids of `<title>` and `<desc>`, unique within the page. Default "timeline". */
  idPrefix?: string;
  /** Longest entry label, in characters, before it is shortened with an ellipsis. Default 36. */
  maxLabelChars?: number;
}

const MINUTE = 60_000;
const DAY = 1_440 * MINUTE;
const FONT_SIZE = 12;
const MARGIN_X = 28;
const DAY_Y = 16;
const TICK_Y = 34;
const AXIS_Y = 50;
const FIRST_LANE_Y = 80;
const LANE_HEIGHT = 18;
const MAX_TEXT_LANES = 8;
const SHORT_LABEL_CHARS = 20;
const TICK_STEPS_MIN = [1, 2, 5, 10, 15, 20, 30, 60, 120, 180, 240, 360, 720, 1440, 2880, 10080];

/**
 * Draws the timeline as an SVG: a horizontal axis scaled to the real time between entries,
 * one marker per entry coloured by kind, wall-clock ticks in the timeline's zone, numbered
 * labels staggered into rows so they never overlap, and a legend of the kinds present.
 * Entries without a resolvable time are left out (the page lists them anyway). Returns ''
 * when fewer than two entries have a time, since one point makes no timeline.
 *
 * @example
 * const svg = renderTimelineSvg(model.timeline, { idPrefix: 'incident-timeline' });
 */
export function renderTimelineSvg(
  entries: readonly TimelineEntry[],
  options: TimelineSvgOptions = {},
): string {
  const frame = placeTimeline(entries);
  if (frame.placed.length < 2) return '';
  const width = Math.max(320, Math.round(options.width ?? 960));
  const prefix = (options.idPrefix ?? 'timeline').replace(/[^A-Za-z0-9_-]/g, '') || 'timeline';
  const title = options.title ?? 'Incident timeline';

  const first = frame.placed[0] as PlacedEntry;
  const last = frame.placed[frame.placed.length - 1] as PlacedEntry;
  // A timeline whose entries all share one minute still gets a readable ten-minute axis.
  const pad = last.ms - first.ms < MINUTE ? 5 * MINUTE : 0;
  const start = first.ms - pad;
  const span = last.ms + pad - start;
  const plot = width - 2 * MARGIN_X;
  const xOf = (ms: number): number => MARGIN_X + ((ms - start) / span) * plot;

  const labels = layoutLabels(frame.placed, xOf, width, options.maxLabelChars ?? 36);
  const lanes = labels.reduce((max, l) => Math.max(max, l.lane + 1), 1);
  const legendY = FIRST_LANE_Y + lanes * LANE_HEIGHT + 14;
  const legend = renderLegend(frame.placed, legendY, width);
  const height = legend.bottom + 8;

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="${prefix}-title ${prefix}-desc"`,
    ` viewBox="0 0 ${width} ${height}" width="${width}" height="${height}"`,
    ` font-family="system-ui, -apple-system, 'Segoe UI', sans-serif" font-size="${FONT_SIZE}" fill="currentColor">`,
    `<title id="${prefix}-title">${escapeHtml(title)}</title>`,
    `<desc id="${prefix}-desc">${escapeHtml(describe(frame, first, last))}</desc>`,
    renderAxis(frame, start, span, xOf, width),
    `<g class="leaders">${labels.map(renderLeader).join('')}</g>`,
    ...labels.map(renderEntry),
    legend.svg,
    '</svg>',
  ].join('\n');
}

interface Label {
  placed: PlacedEntry;
  x: number;
  lane: number;
  text: string;
  anchor: 'start' | 'end';
}

/**
 * Labels read "number. text". If that would need too many rows, the text is cut short, and
 * failing that the labels are the entry numbers alone, which the list under the diagram
 * explains.
 */
function layoutLabels(
  placed: readonly PlacedEntry[],
  xOf: (ms: number) => number,
  width: number,
  maxChars: number,
): Label[] {
  const build = (textOf: (p: PlacedEntry) => string): Label[] => {
    const requests = placed.map((p) => ({ x: xOf(p.ms), text: textOf(p) }));
    return stackLabels(requests, width).map((slot, i) => ({
      placed: placed[i] as PlacedEntry,
      x: requests[i]?.x ?? 0,
      text: requests[i]?.text ?? '',
      lane: slot.lane,
      anchor: slot.anchor,
    }));
  };
  const rows = (labels: Label[]): number => labels.reduce((max, l) => Math.max(max, l.lane + 1), 0);
  for (const chars of [maxChars, Math.min(maxChars, SHORT_LABEL_CHARS)]) {
    const labels = build((p) => `${p.index + 1}. ${truncate(plainText(p.entry.text), chars)}`);
    if (rows(labels) <= MAX_TEXT_LANES) return labels;
  }
  return build((p) => String(p.index + 1));
}

const laneY = (lane: number): number => FIRST_LANE_Y + lane * LANE_HEIGHT;

/** Leader lines go first so that markers and labels are painted over them. */
function renderLeader({ placed, x, lane }: Label): string {
  const color = TIMELINE_KIND_STYLES[placed.entry.kind].color;
  return `<line x1="${fmt(x)}" y1="${AXIS_Y + 7}" x2="${fmt(x)}" y2="${laneY(lane) - FONT_SIZE}" stroke="${color}" stroke-opacity="0.6"/>`;
}

function renderEntry({ placed, x, lane, text, anchor }: Label): string {
  const style = TIMELINE_KIND_STYLES[placed.entry.kind];
  const tip = `${placed.entry.time || '—'} · ${style.label}: ${plainText(placed.entry.text)}`;
  const marker = style.hollow
    ? `fill="none" stroke="${style.color}" stroke-width="2.5"`
    : `fill="${style.color}"`;
  const textX = anchor === 'start' ? x - 2 : x + 2;
  return [
    `<g class="entry entry-${escapeHtml(placed.entry.kind)}" data-entry="${placed.index + 1}">`,
    `<title>${escapeHtml(tip)}</title>`,
    `<circle cx="${fmt(x)}" cy="${AXIS_Y}" r="6" ${marker}/>`,
    `<text class="label" x="${fmt(textX)}" y="${laneY(lane)}" text-anchor="${anchor}">${escapeHtml(text)}</text>`,
    '</g>',
  ].join('');
}

function renderAxis(
  frame: TimelineFrame,
  start: number,
  span: number,
  xOf: (ms: number) => number,
  width: number,
): string {
  const offset = frame.offsetMinutes * MINUTE;
  const maxTicks = Math.max(2, Math.floor((width - 2 * MARGIN_X) / 80));
  const stepMin =
    TICK_STEPS_MIN.find((step) => span / (step * MINUTE) <= maxTicks) ??
    Math.ceil(span / DAY / maxTicks) * 1440;
  const step = stepMin * MINUTE;
  const firstLocalDay = Math.floor((start + offset) / DAY);
  const crossesDays = Math.floor((start + span + offset) / DAY) !== firstLocalDay;

  const parts = [
    `<line class="axis" x1="${MARGIN_X - 10}" y1="${AXIS_Y}" x2="${width - MARGIN_X + 10}" y2="${AXIS_Y}" stroke="currentColor" stroke-opacity="0.45" stroke-width="2"/>`,
  ];
  // With ticks a day or more apart, the date is the tick label and needs no row above.
  const daily = stepMin >= 1440;
  const dayName = (day: number, when: Date): string =>
    frame.hasDates ? when.toISOString().slice(0, 10) : `Day ${day - firstLocalDay + 1}`;
  let lastDay: number | undefined;
  for (
    let local = Math.ceil((start + offset) / step) * step;
    local <= start + span + offset;
    local += step
  ) {
    const x = fmt(xOf(local - offset));
    const when = new Date(local);
    const day = Math.floor(local / DAY);
    const clock = `${pad2(when.getUTCHours())}:${pad2(when.getUTCMinutes())}`;
    parts.push(
      `<line x1="${x}" y1="${AXIS_Y - 6}" x2="${x}" y2="${AXIS_Y}" stroke="currentColor" stroke-opacity="0.45"/>`,
      `<text class="tick" x="${x}" y="${TICK_Y}" text-anchor="middle" fill-opacity="0.75">${daily ? dayName(day, when) : clock}</text>`,
    );
    if (!daily && crossesDays && day !== lastDay) {
      parts.push(
        `<text class="day" x="${x}" y="${DAY_Y}" text-anchor="middle" font-weight="600">${dayName(day, when)}</text>`,
      );
      lastDay = day;
    }
  }
  return `<g class="axis">${parts.join('')}</g>`;
}

function renderLegend(
  placed: readonly PlacedEntry[],
  y: number,
  width: number,
): { svg: string; bottom: number } {
  const present = new Set<TimelineKind>(placed.map((p) => p.entry.kind));
  const items: string[] = [];
  let x = MARGIN_X;
  let row = y;
  for (const kind of TIMELINE_KINDS.filter((k) => present.has(k))) {
    const style = TIMELINE_KIND_STYLES[kind];
    const w = 16 + style.label.length * CHAR_WIDTH + 18;
    if (x + w > width - MARGIN_X && x > MARGIN_X) {
      x = MARGIN_X;
      row += LANE_HEIGHT;
    }
    const swatch = style.hollow
      ? `fill="none" stroke="${style.color}" stroke-width="2"`
      : `fill="${style.color}"`;
    items.push(
      `<circle cx="${fmt(x + 5)}" cy="${row - 4}" r="5" ${swatch}/>`,
      `<text x="${fmt(x + 16)}" y="${row}">${escapeHtml(style.label)}</text>`,
    );
    x += w;
  }
  return { svg: `<g class="legend">${items.join('')}</g>`, bottom: row + 6 };
}

function describe(frame: TimelineFrame, first: PlacedEntry, last: PlacedEntry): string {
  const zone = `UTC${formatOffset(frame.offsetMinutes)}`;
  const when = (ms: number): string => {
    const iso = new Date(ms + frame.offsetMinutes * MINUTE).toISOString();
    return frame.hasDates ? `${iso.slice(0, 10)} ${iso.slice(11, 16)}` : iso.slice(11, 16);
  };
  const missing =
    frame.unplaced > 0
      ? ` ${frame.unplaced} ${frame.unplaced === 1 ? 'entry has' : 'entries have'} no time and ${frame.unplaced === 1 ? 'is' : 'are'} not drawn.`
      : '';
  return (
    `${frame.placed.length} events from ${when(first.ms)} to ${when(last.ms)} (${zone}), ` +
    `spanning ${formatDuration((last.ms - first.ms) / MINUTE)}.${missing}`
  );
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(1, max - 1)).trimEnd()}…`;
}

function fmt(n: number): string {
  return String(Math.round(n * 10) / 10);
}
