import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serialisePostmortem } from '@hindsight/core/markdown';
import { afterAll, describe, expect, it } from 'vitest';
import { corpusDir, hasCorpus } from '../../../core/src/test-support/corpus.js';
import { generatePostmortem } from '../../../core/src/test-support/generate-postmortem.js';
import { checkModel } from '../storage/check-model.js';
import { prepareFile } from './prepare-file.js';

const dir = mkdtempSync(join(tmpdir(), 'hindsight-prepare-file-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const generated = Array.from({ length: 40 }, (_, i) => {
  const file = join(dir, `pm-${i}.md`);
  writeFileSync(file, generatePostmortem(7000 + i));
  return file;
});
const corpus = hasCorpus()
  ? readdirSync(corpusDir())
      .filter((name) => name.endsWith('.md') && name !== 'SOURCES.md')
      .map((name) => join(corpusDir(), name))
  : [];

describe('prepareFile', () => {
  // The import stores a prepared file with store.createPrepared, which skips the check and
  // the serialisation that store.create does. That is only right if doing them again would
  // change nothing: the check keeps a checked model as it is, and `canonical` is its Markdown.
  it('prepares exactly what store.create would check and serialise', () => {
    let compared = 0;
    for (const file of [...generated, ...corpus]) {
      const prepared = prepareFile(file);
      if (!prepared.ok) continue;
      const again = checkModel(prepared.model);
      expect(again, file).toEqual(prepared.model);
      expect(serialisePostmortem({ ...again, slug: prepared.slug }), file).toBe(prepared.canonical);
      compared++;
    }
    expect(compared).toBeGreaterThanOrEqual(generated.length);
  });
});
