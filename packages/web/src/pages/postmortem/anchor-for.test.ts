import { describe, expect, it } from 'vitest';
import { anchorFor } from './anchor-for.js';

const anchors = [
  { id: 'summary', kind: 'summary', heading: 'Summary' },
  { id: 'timeline', kind: 'timeline', heading: 'Timeline' },
  { id: 'timeline-2', kind: 'timeline', heading: 'Timeline' },
];

function ids(sections: readonly { heading: string }[]): (string | undefined)[] {
  return sections.map((_, i) => anchorFor(anchors, sections, i)?.id);
}

describe('anchorFor', () => {
  it('gives the i-th anchor when the page and the list are of the same revision', () => {
    expect(ids(anchors)).toEqual(['summary', 'timeline', 'timeline-2']);
  });

  it('keeps each section its own anchor when sections were added or renamed since', () => {
    expect(
      ids([
        { heading: 'Impact' },
        { heading: 'Summary' },
        { heading: 'Timeline' },
        { heading: 'Timeline' },
        { heading: 'Timeline' },
      ]),
    ).toEqual([undefined, 'summary', 'timeline', 'timeline-2', undefined]);
    expect(ids([{ heading: 'Overview' }, { heading: 'Timeline' }])).toEqual([
      undefined,
      'timeline',
    ]);
  });
});
