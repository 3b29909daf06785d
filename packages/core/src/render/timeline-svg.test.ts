import { describe, expect, it } from 'vitest';
import { buildPostmortem } from '../model/index.js';
import type { PostmortemInput, TimelineEntry } from '../model/index.js';
import { TIMELINE_KIND_STYLES } from './timeline-kinds.js';
import { renderTimelineSvg } from './timeline-svg.js';

const timeline = (entries: NonNullable<PostmortemInput['timeline']>): TimelineEntry[] =>
  buildPostmortem({ title: 'T', timeline: entries }).timeline;

/** Marker x positions keyed by 1-based entry number. */
function markerX(svg: string): Map<number, number> {
  const xs = new Map<number, number>();
  for (const m of svg.matchAll(/data-entry="(\d+)">.*?<circle cx="([\d.]+)"/g)) {
    xs.set(Number(m[1]), Number(m[2]));
  }
  return xs;
}

const incident = timeline([
  { time: '14:00', at: '2024-03-20T14:00:00Z', kind: 'impact-start', text: 'Deploy 42 goes out' },
  { time: '14:10', at: '2024-03-20T14:10:00Z', kind: 'detection', text: 'Error-rate alert' },
  { time: '14:40', at: '2024-03-20T14:40:00Z', kind: 'misleading', text: 'Blamed the CDN' },
  { time: '', kind: 'communication', text: 'Customers told' },
  { time: '15:00', at: '2024-03-20T15:00:00Z', kind: 'resolution', text: 'Rolled back' },
]);

describe('renderTimelineSvg', () => {
  it('returns nothing when fewer than two entries have a time', () => {
    expect(renderTimelineSvg([])).toBe('');
    expect(renderTimelineSvg(incident.slice(0, 1))).toBe('');
    expect(renderTimelineSvg([incident[0]!, incident[3]!])).toBe('');
  });

  it('places markers in time order, at distances proportional to the time between them', () => {
    const x = markerX(renderTimelineSvg(incident));
    const [a, b, c, e] = [x.get(1)!, x.get(2)!, x.get(3)!, x.get(5)!];
    expect(a).toBeLessThan(b);
    expect(b).toBeLessThan(c);
    expect(c).toBeLessThan(e);
    // 10, 40 and 60 minutes after the first entry.
    expect((b - a) / (e - a)).toBeCloseTo(10 / 60, 2);
    expect((c - a) / (e - a)).toBeCloseTo(40 / 60, 2);
  });

  it('places entries after midnight (dayOffset) after the ones before it', () => {
    const svg = renderTimelineSvg(
      timeline([
        { time: '23:40', clock: '23:40', kind: 'detection', text: 'a' },
        { time: '23:55', clock: '23:55', kind: 'action', text: 'b' },
        { time: '00:25', clock: '00:25', dayOffset: 1, kind: 'resolution', text: 'c' },
      ]),
    );
    const x = markerX(svg);
    expect(x.get(1)!).toBeLessThan(x.get(2)!);
    expect(x.get(2)!).toBeLessThan(x.get(3)!);
    expect((x.get(2)! - x.get(1)!) / (x.get(3)! - x.get(1)!)).toBeCloseTo(15 / 45, 2);
    expect(svg).toContain('>Day 2</text>');
  });

  it('leaves untimed entries out of the drawing and says so', () => {
    const svg = renderTimelineSvg(incident);
    expect(markerX(svg).has(4)).toBe(false);
    expect(svg).toMatch(/<desc id="timeline-desc">4 events .* 1 entry has no time/);
  });

  it('colours each marker by kind, draws misleading paths as rings and lists only kinds present', () => {
    const svg = renderTimelineSvg(incident);
    expect(svg).toContain(
      `<circle cx="${markerX(svg).get(2)}" cy="50" r="6" fill="${TIMELINE_KIND_STYLES.detection.color}"/>`,
    );
    expect(svg).toMatch(
      new RegExp(`data-entry="3">.*?fill="none" stroke="${TIMELINE_KIND_STYLES.misleading.color}"`),
    );
    const legend = /<g class="legend">(.*?)<\/g>/.exec(svg)![1]!;
    expect(legend).toContain('>Detection<');
    expect(legend).toContain('>Misleading path<');
    expect(legend).not.toContain('>Escalation<');
    expect(legend).not.toContain('>Communication<');
  });

  it('is an accessible image with a title and a description', () => {
    const svg = renderTimelineSvg(incident, { idPrefix: 'chart', title: 'When it happened' });
    expect(svg).toMatch(
      /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" role="img" aria-labelledby="chart-title chart-desc"/,
    );
    expect(svg).toContain('<title id="chart-title">When it happened</title>');
    expect(svg).toContain('<desc id="chart-desc">');
  });

  it('escapes every label, tooltip and title', () => {
    const svg = renderTimelineSvg(
      timeline([
        {
          time: '<b>1</b>',
          clock: '10:00',
          kind: 'detection',
          text: '<script>alert("x")</script> & co',
        },
        {
          time: '10:05',
          clock: '10:05',
          kind: 'action',
          text: '"quoted" <img src=x onerror=alert(1)>',
        },
      ]),
      { title: '</title><script>alert(1)</script>', idPrefix: '"><script>' },
    );
    expect(svg).not.toMatch(/<script|<img|<b>/);
    expect(svg).toContain('&lt;/title&gt;&lt;script&gt;');
    expect(svg).toContain('&lt;b&gt;1&lt;/b&gt;');
    expect(svg).toContain('aria-labelledby="script-title script-desc"');
  });

  it('labels ticks with wall-clock times in the timeline zone and marks the day', () => {
    const svg = renderTimelineSvg(
      timeline([
        { time: '23:50', at: '2024-03-20T23:50:00+01:00', kind: 'detection', text: 'a' },
        { time: '00:30', at: '2024-03-21T00:30:00+01:00', kind: 'resolution', text: 'b' },
      ]),
    );
    expect(svg).toContain('>00:00</text>');
    expect(svg).toContain('>2024-03-21</text>');
    expect(svg).toContain('(UTC+01:00)');
  });

  it('falls back to entry numbers when full labels would need too many rows', () => {
    const crowded = timeline(
      Array.from({ length: 40 }, (_, i) => ({
        time: `10:${String(i).padStart(2, '0')}`,
        clock: `10:${String(i).padStart(2, '0')}`,
        kind: 'action' as const,
        text: `A rather long description of step ${i + 1}`,
      })),
    );
    const labels = [
      ...renderTimelineSvg(crowded).matchAll(/<text class="label"[^>]*>([^<]*)</g),
    ].map((m) => m[1]);
    expect(labels).toHaveLength(40);
    expect(labels.every((l) => /^\d+$/.test(l ?? ''))).toBe(true);
  });

  it('shortens long labels with an ellipsis and strips Markdown from them', () => {
    const svg = renderTimelineSvg(
      timeline([
        {
          time: '1',
          clock: '10:00',
          kind: 'detection',
          text: 'Ran **`kubectl rollout undo`** on [the api](https://x)',
        },
        { time: '2', clock: '11:00', kind: 'action', text: 'x'.repeat(80) },
      ]),
      { maxLabelChars: 20 },
    );
    expect(svg).toContain('>1. Ran kubectl rollout…</text>');
    expect(svg).toMatch(/>2\. x{19}…<\/text>/);
  });
});
