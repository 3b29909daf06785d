import { describe, expect, it } from 'vitest';
import { utcToWall, wallToUtc } from './zone-time.js';

describe('zone-time', () => {
  it('reads a wall time in a zone as a UTC instant and back', () => {
    expect(wallToUtc('2024-03-20T14:23', 'Europe/Paris')).toBe('2024-03-20T13:23:00Z');
    expect(wallToUtc('2024-07-01T09:00', 'America/New_York')).toBe('2024-07-01T13:00:00Z');
    expect(utcToWall('2024-03-20T13:23:00Z', 'Europe/Paris')).toBe('2024-03-20T14:23');
    expect(utcToWall('2024-03-20T13:23:00Z', 'UTC')).toBe('2024-03-20T13:23');
  });

  it('handles the day daylight saving starts', () => {
    // Paris moves from +01:00 to +02:00 at 02:00 on 2024-03-31.
    expect(wallToUtc('2024-03-31T01:30', 'Europe/Paris')).toBe('2024-03-31T00:30:00Z');
    expect(wallToUtc('2024-03-31T03:30', 'Europe/Paris')).toBe('2024-03-31T01:30:00Z');
  });

  it('refuses what is not a wall time or a zone', () => {
    expect(wallToUtc('yesterday', 'UTC')).toBeNull();
    expect(wallToUtc('2024-03-20T14:23', 'Mars/Olympus')).toBeNull();
    expect(utcToWall('not a date', 'UTC')).toBe('');
  });
});
