import { describe, expect, it } from 'vitest';
import { dayNumber, daysFromCivil, daysInMonth } from './calendar.js';

describe('daysFromCivil', () => {
  it('counts the days dayNumber counts, leap days and century years included', () => {
    const differ: string[] = [];
    for (const year of [100, 1600, 1899, 1900, 1969, 1970, 1999, 2000, 2023, 2024, 2100, 2400]) {
      for (let month = 1; month <= 12; month++) {
        for (let day = 1; day <= daysInMonth(month, year); day++) {
          if (daysFromCivil(year, month, day) !== dayNumber({ year, month, day }))
            differ.push(`${year}-${month}-${day}`);
        }
      }
    }
    expect(differ).toEqual([]);
  });

  it('counts from 1970-01-01', () => {
    expect(daysFromCivil(1970, 1, 1)).toBe(0);
    expect(daysFromCivil(1969, 12, 31)).toBe(-1);
    expect(daysFromCivil(2024, 3, 1)).toBe(19_783);
  });
});
