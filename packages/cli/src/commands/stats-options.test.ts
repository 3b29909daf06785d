import { describe, expect, it } from 'vitest';
import { statsOptions } from './stats-options.js';

describe('statsOptions', () => {
  it('reads the paths and flags commander parsed', () => {
    expect(
      statsOptions([['a', 'b']], {
        json: true,
        html: 'r.html',
        groupBy: 'team',
        today: '2024-01-02',
      }),
    ).toEqual({
      paths: ['a', 'b'],
      json: true,
      html: 'r.html',
      groupBy: 'team',
      today: '2024-01-02',
    });
  });

  it('has no paths and no flags when none were given', () => {
    expect(statsOptions([], {})).toEqual({
      paths: [],
      json: false,
      html: undefined,
      groupBy: undefined,
      today: undefined,
    });
  });
});
