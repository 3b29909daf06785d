import { existsSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusDir, hasCorpus, readCorpus } from './corpus.js';

describe('corpus', () => {
  it('points at shared/corpus beside the repository', () => {
    const dir = corpusDir();
    expect(basename(dir)).toBe('corpus');
    expect(basename(dirname(dir))).toBe('shared');
  });

  const present = hasCorpus();
  it.skipIf(!present)(
    present ? 'reads every document but SOURCES.md' : `SKIPPED: no corpus at ${corpusDir()}`,
    () => {
      const docs = readCorpus();
      expect(docs.length).toBeGreaterThan(0);
      expect(docs.map((d) => d.name)).not.toContain('SOURCES.md');
      for (const d of docs) {
        expect(d.name).toMatch(/\.md$/);
        expect(d.text.length).toBeGreaterThan(0);
      }
    },
  );

  it('says there is no corpus in a folder that does not exist', () => {
    const missing = `${corpusDir()}-missing`;
    expect(existsSync(missing)).toBe(false);
    expect(hasCorpus(missing)).toBe(false);
  });
});
