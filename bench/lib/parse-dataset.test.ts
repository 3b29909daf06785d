import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDataset } from './parse-dataset.js';

const dir = mkdtempSync(join(tmpdir(), 'hindsight-bench-'));
writeFileSync(join(dir, 'a.md'), '# A\n');
writeFileSync(join(dir, 'b.md'), '# B\n');
writeFileSync(join(dir, 'SOURCES.md'), 'not a postmortem\n');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('parseDataset', () => {
  it('interleaves synthetic documents with the corpus, repeated round-robin', () => {
    const data = parseDataset(8, dir);
    expect(data.synthetic).toBe(4);
    expect(data.corpus).toBe(4);
    expect(data.labels).toEqual([
      'synthetic #0',
      'corpus a.md',
      'synthetic #1',
      'corpus b.md',
      'synthetic #2',
      'corpus a.md',
      'synthetic #3',
      'corpus b.md',
    ]);
    expect(data.bytes).toBe(data.docs.reduce((n, d) => n + Buffer.byteLength(d), 0));
  });

  it('falls back to synthetic documents, with a warning, without a corpus', () => {
    const data = parseDataset(4, join(dir, 'missing'));
    expect(data.synthetic).toBe(4);
    expect(data.warning).toMatch(/no corpus/);
  });
});
