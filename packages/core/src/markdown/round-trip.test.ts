import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { postmortemArbitrary } from '../test-support/postmortem-arbitrary.js';
import { parsePostmortem } from './parse-postmortem.js';
import { serialisePostmortem } from './serialise-postmortem.js';

describe('round trip', () => {
  it('parse(serialise(m)) equals m for every valid model', () => {
    fc.assert(
      fc.property(postmortemArbitrary, (model) => {
        const text = serialisePostmortem(model);
        const result = parsePostmortem(text);
        expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        expect(result.model).toEqual(model);
      }),
      { numRuns: 300 },
    );
  });

  it('a canonical file serialises back byte for byte', () => {
    fc.assert(
      fc.property(postmortemArbitrary, (model) => {
        const canonical = serialisePostmortem(model);
        expect(serialisePostmortem(parsePostmortem(canonical).model)).toBe(canonical);
      }),
      { numRuns: 200 },
    );
  });
});
