import { setImmediate as nextTurn, setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { LineBatcher } from './line-batcher.js';

function collector(): { writes: string[]; write(text: string): void } {
  const writes: string[] = [];
  return { writes, write: (text) => void writes.push(text) };
}

describe('LineBatcher', () => {
  it('writes the lines of several turns as one write, in order, once the delay is over', async () => {
    const sink = collector();
    const log = new LineBatcher(sink, { delayMs: 30 });
    log.write('a\n');
    await nextTurn();
    log.write('b\n');
    await nextTurn();
    log.write('c\n');
    expect(sink.writes).toEqual([]);
    await sleep(60);
    expect(sink.writes).toEqual(['a\nb\nc\n']);
    log.write('d\n');
    await sleep(60);
    expect(sink.writes).toEqual(['a\nb\nc\n', 'd\n']);
  });

  it('does not keep the process alive for pending lines', () => {
    // Resources that keep the event loop alive; an unref'd timer is not one of them.
    const holding = (): number =>
      process.getActiveResourcesInfo().filter((kind) => kind === 'Timeout').length;
    const before = holding();
    const log = new LineBatcher(collector(), { delayMs: 60_000 });
    log.write('x\n');
    expect(holding()).toBe(before);
    log.flush();
  });

  it('writes pending lines at once on flush, and nothing twice', async () => {
    const sink = collector();
    const log = new LineBatcher(sink, { delayMs: 20 });
    log.write('one\n');
    log.flush();
    expect(sink.writes).toEqual(['one\n']);
    await sleep(40);
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
