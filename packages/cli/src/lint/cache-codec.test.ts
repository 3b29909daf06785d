import { describe, expect, it } from 'vitest';
import type { LintResult } from '@hindsight/core/lint';
import { StringTable, decodeResult, encodeResult } from './cache-codec.js';
import { buildMessage, buildResult } from './test-support/lint-results.js';

const FULL = buildResult([
  buildMessage({
    severity: 'error',
    data: { section: 'Root cause', count: 3 },
    endLine: 4,
    endColumn: 9,
    fix: { range: [10, 12], text: '## Root cause\n' },
    suggestion: 'Say what the system lacked.',
  }),
  buildMessage({ line: 20, column: 1 }),
  buildMessage({ line: 21, column: 1, data: { section: 'Root cause', count: 3 } }),
]);

describe('the cache encoding', () => {
  it('gives back exactly the result it was given', () => {
    const table = new StringTable();
    const encoded = encodeResult(FULL, table);
    expect(encoded).toBeDefined();
    // Through JSON, as the cache file stores it.
    const stored = JSON.parse(JSON.stringify({ strings: table.strings, encoded })) as {
      strings: string[];
      encoded: unknown;
    };
    expect(decodeResult(stored.encoded, stored.strings)).toEqual(FULL);
    expect(decodeResult(encodeResult(buildResult(), table), table.strings)).toEqual(buildResult());
  });

  it('stores each string once', () => {
    const table = new StringTable();
    encodeResult(FULL, table);
    encodeResult(FULL, table);
    expect(new Set(table.strings).size).toBe(table.strings.length);
    expect(table.strings.filter((s) => s === 'timeline-times')).toHaveLength(1);
  });

  it('refuses a result with fields it does not know, rather than lose them', () => {
    const newer = { ...FULL, extra: 1 } as unknown as LintResult;
    expect(encodeResult(newer, new StringTable())).toBeUndefined();
    const newerMessage = buildResult([{ ...buildMessage(), hint: 'x' } as never]);
    expect(encodeResult(newerMessage, new StringTable())).toBeUndefined();
  });

  it('returns undefined for a damaged encoding', () => {
    const table = new StringTable();
    const encoded = encodeResult(FULL, table);
    expect(decodeResult(encoded, [])).toBeUndefined();
    expect(decodeResult('nonsense', table.strings)).toBeUndefined();
    expect(decodeResult([0, 'x'], table.strings)).toBeUndefined();
  });
});
