import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generatePostmortem } from '../../packages/core/src/test-support/generate-postmortem.js';
import { writeLintDataset } from './lint-dataset.js';

describe('writeLintDataset', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hindsight-lint-dataset-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the seeded documents, 1,000 to a folder', () => {
    const bytes = writeLintDataset(dir, 1002);
    expect(readdirSync(dir)).toEqual(['000', '001']);
    expect(readdirSync(join(dir, '001'))).toEqual(['pm-01000.md', 'pm-01001.md']);
    expect(readFileSync(join(dir, '001', 'pm-01001.md'), 'utf8')).toBe(generatePostmortem(1001));
    expect(bytes).toBeGreaterThan(1002 * 3000);
  });
});
