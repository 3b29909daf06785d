import { setImmediate as nextTurn } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { LineBatcher } from './line-batcher.js';

function collector(): { writes: string[]; write(text: string): void } {
  const writes: string[] = [];
  return { writes, write: (text) => void writes.push(text) };
}

describe('LineBatcher', () => {
  it('writes the lines of one turn as one write, in order, at the end of the turn', async () => {
    const sink = collector();
    const log = new LineBatcher(sink);
    log.write('a\n');
    log.write('b\n');
    log.write('c\n');
    expect(sink.writes).toEqual([]);
    await nextTurn();
    expect(sink.writes).toEqual(['a\nb\nc\n']);
    log.write('d\n');
    await nextTurn();
    expect(sink.writes).toEqual(['a\nb\nc\n', 'd\n']);
  });

  it('writes pending lines at once on flush, and nothing twice', async () => {
    const sink = collector();
    const log = new LineBatcher(sink);
    log.write('one\n');
    log.flush();
    expect(sink.writes).toEqual(['one\n']);
    await nextTurn();
    log.flush();
    expect(sink.writes).toEqual(['one\n']);
  });

  it('does not hold more than 64 KB for the end of the turn', () => {
    const sink = collector();
    const log = new LineBatcher(sink);
    const line = `${'x'.repeat(1023)}\n`;
    for (let i = 0; i < 64; i++) log.write(line);
    expect(sink.writes.join('')).toBe(line.repeat(64));
  });
});
