import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runStats } from '../commands/stats.js';
import { fakeIo, tempDir } from '../test-support/fake-io.js';
import { writeStatsFolder } from './test-support/stats-folder.js';

const DOC = fileURLToPath(new URL('../../../../docs/metrics.md', import.meta.url));

/** True when everything in `doc` is in `actual`: objects by key, arrays element by element. */
function contained(doc: unknown, actual: unknown): boolean {
  if (Array.isArray(doc)) {
    return Array.isArray(actual) && doc.every((d) => actual.some((a) => contained(d, a)));
  }
  if (doc !== null && typeof doc === 'object') {
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) return false;
    const record = actual as Record<string, unknown>;
    return Object.entries(doc).every(([k, v]) => k in record && contained(v, record[k]));
  }
  return Object.is(doc, actual);
}

describe('docs/metrics.md', () => {
  let report: Record<string, unknown>;
  let text: string;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    const temp = await tempDir('hindsight-stats-doc-');
    cleanup = temp.cleanup;
    await writeStatsFolder(join(temp.dir, 'pm'));
    const io = fakeIo({ cwd: temp.dir });
    await runStats({ paths: ['pm'], json: true, today: '2024-05-17' }, io);
    report = JSON.parse(io.out()) as Record<string, unknown>;
    text = await readFile(DOC, 'utf8');
  });
  afterAll(() => cleanup());

  it('describes every top-level field of the stats report', () => {
    for (const key of Object.keys(report)) {
      expect(text, `the field table has a row for ${key}`).toMatch(
        new RegExp(`^\\| \`${key}\` +\\|`, 'm'),
      );
    }
  });

  it('shows an example that is the real output for the test folder, abridged', () => {
    const block = /An abridged example:\n\n```json\n([\s\S]*?)\n```/.exec(text)?.[1];
    expect(block, 'the document has the example').toBeDefined();
    const documented = JSON.parse(block ?? '{}') as Record<string, unknown>;
    for (const [key, value] of Object.entries(documented)) {
      expect(contained(value, report[key]), `"${key}" in the example matches the real output`).toBe(
        true,
      );
    }
  });
});
