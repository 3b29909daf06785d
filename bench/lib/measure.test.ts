import { describe, expect, it } from 'vitest';
import { measureAlternating, median, warmUp } from './measure.js';
import type { Contender } from './measure.js';

describe('median', () => {
  it('takes the middle value, or the mean of the two middle values', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });
});

describe('measureAlternating', () => {
  it('alternates the order of contenders between repetitions', () => {
    const order: string[] = [];
    const contender = (name: string): Contender => ({
      name,
      parse: () => {
        order.push(name);
        return 0;
      },
    });
    measureAlternating([contender('a'), contender('b')], ['doc'], { repetitions: 4 });
    expect(order).toEqual(['a', 'b', 'b', 'a', 'a', 'b', 'b', 'a']);
  });

  it('reports every pass and their median, per contender', () => {
    let clock = 0;
    const slow: Contender = { name: 'slow', parse: () => ((clock += 3), 0) };
    const fast: Contender = { name: 'fast', parse: () => ((clock += 1), 0) };
    const timings = measureAlternating([slow, fast], ['x', 'y'], {
      repetitions: 3,
      now: () => clock,
    });
    expect(timings).toEqual([
      { name: 'slow', runsMs: [6, 6, 6], medianMs: 6 },
      { name: 'fast', runsMs: [2, 2, 2], medianMs: 2 },
    ]);
  });

  it('calls beforeEach before every timed pass', () => {
    let calls = 0;
    const c: Contender = { name: 'c', parse: () => 0 };
    measureAlternating([c], ['x'], { repetitions: 3, beforeEach: () => calls++ });
    expect(calls).toBe(3);
  });
});

describe('warmUp', () => {
  it('names the contender and the document that threw', () => {
    const broken: Contender = {
      name: 'broken',
      parse: (t) => {
        if (t === 'bad') throw new Error('boom');
        return 0;
      },
    };
    expect(() => warmUp([broken], ['ok', 'bad'], (i) => `doc #${i}`)).toThrow(
      /broken threw on doc #1: Error: boom/,
    );
  });
});
