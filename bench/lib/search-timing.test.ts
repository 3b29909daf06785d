import { describe, expect, it } from 'vitest';
import { percentile } from './search-timing.js';
import { benchDatabaseUrl } from './api-dataset.js';
import { procMemory } from './server-process.js';

describe('percentile', () => {
  it('takes the nearest rank', () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(values, 95)).toBe(95);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
  });
});

describe('benchDatabaseUrl', () => {
  it('names a database of its own beside the given one', () => {
    expect(benchDatabaseUrl('postgres://postgres@127.0.0.1:5432/test', 100)).toBe(
      'postgres://postgres@127.0.0.1:5432/hindsight_bench_api_100',
    );
  });
});

describe('procMemory', () => {
  it('reads this process’s resident memory', () => {
    const m = procMemory(process.pid);
    if (m.rssMiB === null) return; // not Linux
    expect(m.rssMiB).toBeGreaterThan(10);
    expect(m.peakRssMiB).toBeGreaterThanOrEqual(m.rssMiB);
  });
});
