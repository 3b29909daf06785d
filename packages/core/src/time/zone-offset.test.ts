import { describe, expect, it } from 'vitest';
import { HindsightError } from '../errors.js';
import { parseZone } from './parse-zone.js';
import type { Zone } from './types.js';
import { zoneOffsetAt } from './zone-offset.js';

const day = (year: number, month: number, d: number) => ({ year, month, day: d });
const at = (hour: number, minute = 0) => ({ hour, minute });

describe('zoneOffsetAt', () => {
  it.each([
    // daylight saving through Intl
    ['America/Los_Angeles', day(2024, 7, 15), at(12), -420],
    ['America/Los_Angeles', day(2024, 1, 15), at(12), -480],
    ['America/New_York', day(2023, 7, 1), at(9), -240],
    ['America/New_York', day(2023, 12, 1), at(9), -300],
    ['Europe/Paris', day(2024, 7, 1), at(12), 120],
    ['Europe/Paris', day(2024, 1, 1), at(12), 60],
    ['Europe/London', day(2024, 1, 1), at(12), 0],
    ['Europe/London', day(2024, 6, 1), at(12), 60],
    ['Australia/Sydney', day(2024, 1, 10), at(12), 660],
    ['Australia/Sydney', day(2024, 7, 10), at(12), 600],
    ['America/St_Johns', day(2024, 7, 1), at(12), -150],
    ['America/St_Johns', day(2024, 1, 1), at(12), -210],
    ['Asia/Kolkata', day(2024, 7, 1), at(12), 330],
    // either side of the spring change (2024-03-10 02:00 in Los Angeles)
    ['America/Los_Angeles', day(2024, 3, 10), at(1, 59), -480],
    ['America/Los_Angeles', day(2024, 3, 10), at(3, 0), -420],
    // either side of the autumn change (2024-11-03 02:00)
    ['America/Los_Angeles', day(2024, 11, 3), at(0, 30), -420],
    ['America/Los_Angeles', day(2024, 11, 3), at(2, 30), -480],
    // literal zones ignore the season
    ['PST', day(2024, 7, 15), at(12), -480],
    ['EDT', day(2024, 1, 15), at(12), -240],
    ['UTC', day(2024, 7, 15), at(12), 0],
    ['UTC+01:00', day(2024, 7, 15), at(12), 60],
    ['UTC-04:30', day(2024, 7, 15), at(12), -270],
  ])('%s on %j at %j is %i', (zone, date, clock, offset) => {
    expect(zoneOffsetAt(zone, date, clock)).toBe(offset);
  });

  it('takes the offset before the change inside a DST gap (02:30 never happens)', () => {
    expect(zoneOffsetAt('America/Los_Angeles', day(2024, 3, 10), at(2, 30))).toBe(-480);
    expect(zoneOffsetAt('Europe/London', day(2024, 3, 31), at(1, 30))).toBe(0);
  });

  it('takes the earlier reading inside a DST overlap (01:30 happens twice)', () => {
    expect(zoneOffsetAt('America/Los_Angeles', day(2024, 11, 3), at(1, 30))).toBe(-420);
    expect(zoneOffsetAt('Europe/London', day(2024, 10, 27), at(1, 30))).toBe(60);
  });

  it('accepts parsed zones of every kind', () => {
    const july = day(2024, 7, 1);
    expect(zoneOffsetAt(parseZone('PT') as Zone, july, at(12))).toBe(-420);
    expect(zoneOffsetAt(parseZone('Eastern time') as Zone, july, at(12))).toBe(-240);
    expect(zoneOffsetAt(parseZone('GMT+1') as Zone, july, at(12))).toBe(60);
    expect(zoneOffsetAt(parseZone('WAT') as Zone, july, at(12))).toBe(60);
  });

  it('gives undefined for an id it does not know', () => {
    expect(zoneOffsetAt('Nowhere/City', day(2024, 7, 1), at(12))).toBeUndefined();
  });

  it('throws a HindsightError for a hand-made zone that Intl does not know', () => {
    const bogus: Zone = { id: 'Nowhere/City', kind: 'iana', text: 'x' };
    expect(() => zoneOffsetAt(bogus, day(2024, 7, 1), at(12))).toThrow(HindsightError);
  });

  it('gives the same answer from its cache', () => {
    for (let i = 0; i < 3; i++) {
      expect(zoneOffsetAt('Europe/Paris', day(2024, 3, 31), at(3))).toBe(120);
      expect(zoneOffsetAt('Europe/Paris', day(2024, 3, 31), at(1))).toBe(60);
    }
  });
});
