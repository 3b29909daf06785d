import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runParse } from './commands/parse.js';
import { EXAMPLES_DIR } from './package-info.js';
import { fakeIo } from './test-support/fake-io.js';

const DOC = fileURLToPath(new URL('../../../docs/parse-json.md', import.meta.url));
const EXAMPLE = 'search-outage-november.md';
const REGENERATE = `regenerate it with: hindsight parse packages/cli/examples/${EXAMPLE} --json`;

/**
 * True when everything in `doc` is in `actual`: objects by key, arrays element by element
 * (each documented element equal to some real one), so that the documentation may abridge.
 */
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

describe('docs/parse-json.md', () => {
  it(`shows an example that is the real output for ${EXAMPLE}, abridged (${REGENERATE})`, async () => {
    const text = await readFile(DOC, 'utf8');
    const block = /```json\n([\s\S]*?)\n```/.exec(text)?.[1];
    expect(block, 'the document has a ```json example').toBeDefined();
    const documented = JSON.parse(block ?? '{}') as Record<string, unknown>;

    const io = fakeIo({ cwd: EXAMPLES_DIR });
    await runParse({ file: EXAMPLE, json: true }, io);
    const actual = JSON.parse(io.out()) as Record<string, unknown>;

    expect(Object.keys(documented)).toEqual(Object.keys(actual));
    for (const key of Object.keys(actual)) {
      expect(
        contained(documented[key], actual[key]),
        `"${key}" in the example matches the real output`,
      ).toBe(true);
    }
  });

  it('describes every top-level field of the report', async () => {
    const text = await readFile(DOC, 'utf8');
    const io = fakeIo({ cwd: EXAMPLES_DIR });
    await runParse({ file: join(EXAMPLES_DIR, EXAMPLE), json: true }, io);
    for (const key of Object.keys(JSON.parse(io.out()) as object)) {
      expect(text).toMatch(new RegExp(`^\\| \`${key}\` +\\|`, 'm'));
    }
  });
});
