import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serialisePostmortem } from '@hindsight/core/markdown';
import { afterAll, describe, expect, it } from 'vitest';
import { corpusDir, hasCorpus } from '../../../core/src/test-support/corpus.js';
import { generatePostmortem } from '../../../core/src/test-support/generate-postmortem.js';
import type { Postmortem } from '@hindsight/core';
import { checkModel } from '../storage/check-model.js';
import { prepareRows } from '../storage/prepared-rows.js';
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
  // The import stores a prepared file with store.createPrepared, which skips the check, the
  // serialisation and the derivation of rows that store.create does. That is only right if
  // doing them again would change nothing: the check keeps a checked model as it is, and the
  // rows are those of that model and its canonical Markdown.
  it('prepares exactly what store.create would check, serialise and derive', () => {
    let compared = 0;
    for (const file of [...generated, ...corpus]) {
      const prepared = prepareFile(file);
      if (!prepared.ok) continue;
      const model = JSON.parse(prepared.rows.modelJson) as Postmortem;
      const again = { ...checkModel(model), slug: prepared.slug };
      expect(again, file).toEqual(model);
      expect(prepared.rows, file).toEqual(prepareRows(again, serialisePostmortem(again)));
      compared++;
    }
    expect(compared).toBeGreaterThanOrEqual(generated.length);
  });
});
