import { existsSync } from 'node:fs';
import { copyFile, readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PROFILE_NAMES } from '@hindsight/core/lint';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeIo, tempDir } from '../test-support/fake-io.js';
import { runLint } from './lint.js';

// From packages/cli/src/commands: up to the repo root, then ../shared/corpus beside it.
const CORPUS = fileURLToPath(new URL('../../../../../shared/corpus/', import.meta.url));
const HAS_CORPUS = existsSync(CORPUS);
if (!HAS_CORPUS) console.warn(`lint-fix-corpus.test.ts: skipped, ${CORPUS} is absent.`);

/** How many times each word occurs, in lower case; punctuation and markup are not words. */
function wordCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return counts;
}

describe.skipIf(!HAS_CORPUS)('lint --fix over the corpus', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let names: string[];
  beforeEach(async () => {
    ({ dir, cleanup } = await tempDir());
    names = (await readdir(CORPUS)).filter((n) => n.endsWith('.md')).sort();
    for (const name of names) await copyFile(join(CORPUS, name), join(dir, name));
  });
  afterEach(() => cleanup());

  it.each(PROFILE_NAMES)('keeps every word of every document (%s profile)', async (profile) => {
    const io = fakeIo({ cwd: dir });
    await runLint({ paths: ['.'], profile, fix: true }, io);
    expect(io.err()).toBe('');
    let changed = 0;
    for (const name of names) {
      const before = await readFile(join(CORPUS, name), 'utf8');
      const after = await readFile(join(dir, name), 'utf8');
      if (after !== before) changed++;
      const kept = wordCounts(after);
      const lost = [...wordCounts(before)].filter(([word, n]) => (kept.get(word) ?? 0) < n);
      expect(lost, `${name} lost words`).toEqual([]);
    }
    // The corpus is far from every profile, so fixes must have happened for this to mean much.
    expect(changed).toBeGreaterThan(0);
  });
});
