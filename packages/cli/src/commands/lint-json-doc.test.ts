import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EXAMPLES_DIR } from '../package-info.js';
import { fakeIo } from '../test-support/fake-io.js';
import { runLint } from './lint.js';

const DOC = fileURLToPath(new URL('../../../../docs/cli.md', import.meta.url));

type Json = Record<string, unknown>;

async function documented(): Promise<{ example: Json; text: string }> {
  const text = await readFile(DOC, 'utf8');
  const section = text.slice(text.indexOf('**The JSON report**'));
  const block = /```json\n([\s\S]*?)\n```/.exec(section)?.[1];
  if (block === undefined) throw new Error('docs/cli.md has no example of the lint JSON report');
  return { example: JSON.parse(block) as Json, text: section };
}

async function real(): Promise<Json> {
  const io = fakeIo({ cwd: EXAMPLES_DIR });
  await runLint({ paths: ['.'], format: 'json', profile: 'standard' }, io);
  return JSON.parse(io.out()) as Json;
}

const first = (value: unknown): Json => ((value as Json[] | undefined)?.[0] ?? {}) as Json;

describe('docs/cli.md, the lint JSON report', () => {
  it('shows the fields the report really has, in their order', async () => {
    const { example } = await documented();
    const actual = await real();
    expect(Object.keys(example)).toEqual(Object.keys(actual));
    expect(Object.keys(example.totals as Json)).toEqual(Object.keys(actual.totals as Json));
    const files = actual.files as Json[];
    expect(Object.keys(first(example.files))).toEqual(Object.keys(first(files)));
    const withMessages = files.find((f) => (f.messages as unknown[]).length > 0);
    expect(Object.keys(first(first(example.files).messages))).toEqual(
      Object.keys(first(withMessages?.messages)).slice(0, 6),
    );
  });

  it('describes every field', async () => {
    const { text } = await documented();
    const actual = await real();
    const fileFields = Object.keys(first(actual.files));
    for (const key of [...Object.keys(actual), ...fileFields.map((k) => `files[].${k}`)]) {
      expect(text, key).toContain(`| \`${key}\``);
    }
    for (const field of ['endLine', 'endColumn', 'data', 'fix', 'suggestion', 'messageId']) {
      expect(text).toContain(`\`${field}\``);
    }
  });
});
