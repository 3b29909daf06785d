import { describe, expect, it } from 'vitest';
import { snippetParts } from './snippet-parts.js';

describe('snippetParts', () => {
  it('marks the highlighted ranges and keeps the rest as text', () => {
    const text = 'the database pool ran dry.';
    expect(
      snippetParts({
        text,
        highlights: [
          [4, 12],
          [22, 25],
        ],
      }),
    ).toEqual([
      { text: 'the ', match: false },
      { text: 'database', match: true },
      { text: ' pool ran ', match: false },
      { text: 'dry', match: true },
      { text: '.', match: false },
    ]);
  });

  it('keeps markup as visible text, never as HTML', () => {
    const text = '<img src=x onerror=alert(1)> broke';
    expect(snippetParts({ text, highlights: [[29, 34]] })).toEqual([
      { text: '<img src=x onerror=alert(1)> ', match: false },
      { text: 'broke', match: true },
    ]);
  });

  it('survives ranges that overlap, run backwards or leave the text', () => {
    const parts = snippetParts({
      text: 'abcdef',
      highlights: [
        [1, 3],
        [2, 4],
        [5, 99],
        [-4, 1],
      ],
    });
    expect(parts.map((p) => p.text).join('')).toBe('abcdef');
    expect(parts.filter((p) => p.match).map((p) => p.text)).toEqual(['bc', 'd', 'f']);
  });
});
