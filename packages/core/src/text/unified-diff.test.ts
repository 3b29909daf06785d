import { describe, expect, it } from 'vitest';
import { diffLines, unifiedDiff } from './unified-diff.js';

// The full suite (git apply round trips, properties) is in packages/cli/src/lint/unified-diff.test.ts.
describe('unifiedDiff', () => {
  it('prints one hunk for a changed line', () => {
    expect(unifiedDiff('notes.md', 'a\nb\n', 'a\nc\n')).toBe(
      '--- a/notes.md\n+++ b/notes.md\n@@ -1,2 +1,2 @@\n a\n-b\n+c\n',
    );
  });

  it('is empty for equal texts', () => {
    expect(unifiedDiff('x.md', 'same\n', 'same\n')).toBe('');
  });

  it('keeps common lines as context', () => {
    const ops = diffLines(['a\n', 'b\n', 'c\n'], ['a\n', 'c\n']).map((l) => l.op);
    expect(ops).toEqual([' ', '-', ' ']);
  });
});
