import { describe, expect, it } from 'vitest';
import { parsePastedTimeline } from './paste-timeline.js';

describe('parsePastedTimeline', () => {
  it('reads each pasted line as a timeline row with its time and kind', () => {
    const rows = parsePastedTimeline(
      '14:02 Alert fired for checkout errors\n\n- **14:10** Rolled back the config push\n14:30 Service fully restored',
    );
    expect(rows.map((r) => r.time)).toEqual(['14:02', '14:10', '14:30']);
    expect(rows[0]?.text).toContain('Alert fired');
    expect(rows[0]?.kind).toBe('detection');
  });

  it('gives nothing for blank text', () => {
    expect(parsePastedTimeline('  \n\n')).toEqual([]);
  });
});
