import { describe, expect, it } from 'vitest';
import { hasCorpus, readCorpus } from '../test-support/corpus.js';
import { mutateDocument, randomDocument } from '../test-support/mutate-document.js';
import { parsePostmortem } from './parse-postmortem.js';
import { serialisePostmortem } from './serialise-postmortem.js';

// 100,000 documents: corpus files mutated by a seeded mutator (deleted, duplicated and swapped
// lines, truncation mid-character, broken HTML and fences, control characters, odd times)
// and documents assembled from random fragments. The parser must never throw, never fall
// back to its internal-error safety net, and always return a model the serialiser can write.
const TOTAL = Number(process.env['HINDSIGHT_FUZZ_DOCS'] ?? 100_000);

describe('parser fuzzing', () => {
  it(`survives ${TOTAL.toLocaleString('en')} random and mutated documents`, () => {
    const corpus = hasCorpus() ? readCorpus().map((d) => d.text) : [];
    let failures = 0;
    const examples: string[] = [];
    for (let seed = 1; seed <= TOTAL; seed++) {
      const base = corpus.length > 0 && seed % 4 !== 0 ? corpus[seed % corpus.length] : undefined;
      const doc = base === undefined ? randomDocument(seed) : mutateDocument(base, seed);
      let ok = false;
      try {
        const result = parsePostmortem(doc);
        ok = !result.diagnostics.some((d) => d.code === 'internal-error');
        // Every tenth document also goes through the serialiser, which must accept any parse.
        if (ok && seed % 10 === 0) ok = serialisePostmortem(result.model).startsWith('---\n');
      } catch {
        ok = false;
      }
      if (!ok) {
        failures++;
        if (examples.length < 3) examples.push(`seed ${seed}`);
      }
    }
    expect({ failures, examples }).toEqual({ failures: 0, examples: [] });
  }, 600_000);
});
