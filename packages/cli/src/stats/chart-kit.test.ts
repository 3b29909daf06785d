import { describe, expect, it } from 'vitest';
import { labelStep, monthLabel, monthRange, svgText, ticks } from './chart-kit.js';

describe('chart helpers', () => {
  it('picks 1-2-5 ticks that reach the maximum', () => {
    expect(ticks(8)).toEqual([0, 2, 4, 6, 8]);
    expect(ticks(7)).toEqual([0, 2, 4, 6, 8]);
    expect(ticks(1)).toEqual([0, 1]);
    expect(ticks(0)).toEqual([0, 1]);
    expect(ticks(230)).toEqual([0, 50, 100, 150, 200, 250]);
  });

  it('picks ticks from given steps', () => {
    expect(ticks(100, 5, [10, 30, 60])).toEqual([0, 30, 60, 90, 120]);
  });

  it('lists every month of a range, across years', () => {
    expect(monthRange('2023-11', '2024-02')).toEqual(['2023-11', '2023-12', '2024-01', '2024-02']);
    expect(monthRange('2024-03', '2024-03')).toEqual(['2024-03']);
    expect(monthLabel('2024-03')).toBe('Mar 2024');
  });

  it('names fewer months when slots are narrow', () => {
    expect(labelStep(100)).toBe(1);
    expect(labelStep(11)).toBe(6);
  });

  it('escapes text and attributes', () => {
    expect(svgText(1, 2, '<b>&', { class: 'a"b' })).toBe(
      '<text x="1" y="2" class="a&quot;b">&lt;b&gt;&amp;</text>',
    );
  });
});
