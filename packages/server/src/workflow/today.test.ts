import { describe, expect, it } from 'vitest';
import { isKnownZone, todayIn } from './today.js';

describe('todayIn', () => {
  it('gives the calendar day in the zone asked for', () => {
    const now = new Date('2024-03-20T20:00:00Z');
    expect(todayIn('UTC', now)).toBe('2024-03-20');
    expect(todayIn('Australia/Sydney', now)).toBe('2024-03-21');
    expect(todayIn('America/Los_Angeles', new Date('2024-03-21T05:00:00Z'))).toBe('2024-03-20');
  });

  it('knows IANA zones and refuses others', () => {
    expect(isKnownZone('Europe/Paris')).toBe(true);
    expect(isKnownZone('Mars/Olympus')).toBe(false);
  });
});
