import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stackLabels } from './timeline-labels.js';
import type { LabelRequest, LabelSlot } from './timeline-labels.js';

const overlaps = (a: LabelSlot, b: LabelSlot) =>
  a.lane === b.lane && a.from < b.to && b.from < a.to;

describe('stackLabels', () => {
  it('never puts two overlapping labels in the same row', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            x: fc.double({ min: 20, max: 940, noNaN: true }),
            text: fc.string({ maxLength: 40 }),
          }),
          { maxLength: 60 },
        ),
        (requests: LabelRequest[]) => {
          const slots = stackLabels(requests, 960);
          for (let i = 0; i < slots.length; i++) {
            for (let j = i + 1; j < slots.length; j++) {
              expect(overlaps(slots[i]!, slots[j]!)).toBe(false);
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps labels that have room on the first row', () => {
    const slots = stackLabels(
      [
        { x: 30, text: '1. one' },
        { x: 300, text: '2. two' },
        { x: 600, text: '3. three' },
      ],
      960,
    );
    expect(slots.map((s) => s.lane)).toEqual([0, 0, 0]);
  });

  it('stacks a crowded cluster so that no leader line crosses a label', () => {
    const requests = [0, 1, 2, 3, 4].map((i) => ({
      x: 100 + i * 12,
      text: `${i + 1}. a long label`,
    }));
    const slots = stackLabels(requests, 960);
    expect(Math.max(...slots.map((s) => s.lane))).toBeLessThan(5);
    requests.forEach(({ x }, i) => {
      slots.forEach((other, j) => {
        const crosses = other.lane < slots[i]!.lane && x > other.from + 3 && x < other.to - 3;
        expect(crosses, `leader ${i} crosses label ${j}`).toBe(false);
      });
    });
  });

  it('ends a label at its marker when it would run off the right edge', () => {
    const [slot] = stackLabels([{ x: 950, text: '9. Error rate back to normal' }], 960);
    expect(slot!.anchor).toBe('end');
    expect(slot!.to).toBeLessThanOrEqual(960);
  });
});
