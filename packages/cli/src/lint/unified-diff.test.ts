import { spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../test-support/fake-io.js';
import { diffLines, splitLines, unifiedDiff } from './unified-diff.js';

/** Applies a unified diff the strict way: every context and removed line must match. */
function applyPatch(before: string, patch: string): string {
  const old = splitLines(before);
  const lines = patch.split('\n');
  const out: string[] = [];
  let cursor = 0;
  let i = 2; // past --- and +++
  while (i < lines.length && lines[i] !== '') {
    const header = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@$/.exec(lines[i] ?? '');
    if (!header) throw new Error(`bad hunk header: ${lines[i]}`);
    const oldStart = Number(header[1]);
    const oldCount = header[2] === undefined ? 1 : Number(header[2]);
    const startIndex = oldCount === 0 ? oldStart : oldStart - 1;
    while (cursor < startIndex) out.push(old[cursor++] ?? '');
    i++;
    while (i < lines.length && /^[ +-]/.test(lines[i] ?? '')) {
      const line = lines[i] ?? '';
      const noNewline = lines[i + 1] === '\\ No newline at end of file';
      const text = `${line.slice(1)}${noNewline ? '' : '\n'}`;
      if (line[0] !== '+') {
        if (old[cursor] !== text) throw new Error(`mismatch at old line ${cursor + 1}`);
        cursor++;
      }
      if (line[0] !== '-') out.push(text);
      i += noNewline ? 2 : 1;
    }
  }
  while (cursor < old.length) out.push(old[cursor++] ?? '');
  return out.join('');
}

/** Length of the longest common subsequence, by the textbook table. */
function lcsLength(a: readonly string[], b: readonly string[]): number {
  const row = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    let diagonal = 0;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j] ?? 0;
      row[j] = x === b[j - 1] ? diagonal + 1 : Math.max(above, row[j - 1] ?? 0);
      diagonal = above;
    }
  }
  return row[b.length] ?? 0;
}

const textOf = (lines: string[], finalNewline: boolean): string =>
  lines.length === 0 ? '' : `${lines.join('\n')}${finalNewline ? '\n' : ''}`;

const lineArb = fc.constantFrom('a', 'b', 'c', 'd', '', '# Title', '- item');
const docArb = fc.tuple(fc.array(lineArb, { maxLength: 30 }), fc.boolean());

describe('unifiedDiff', () => {
  it('is empty for equal texts', () => {
    expect(unifiedDiff('x.md', 'same\n', 'same\n')).toBe('');
  });

  it('prints one hunk with three lines of context, as diff -u does', () => {
    const before = '1\n2\n3\n4\n5\n6\n7\n8\n9\n';
    const after = '1\n2\n3\n4\nfive\n6\n7\n8\n9\n';
    expect(unifiedDiff('notes.md', before, after)).toBe(
      '--- a/notes.md\n+++ b/notes.md\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n',
    );
  });

  it('keeps far-apart changes in separate hunks and merges close ones', () => {
    const lines = Array.from({ length: 30 }, (_, i) => `line ${i + 1}`);
    const changed = [...lines];
    changed[1] = 'two';
    changed[8] = 'nine'; // 6 unchanged lines between: one hunk
    changed[25] = 'twenty-six'; // far away: a second hunk
    const diff = unifiedDiff('f.md', `${lines.join('\n')}\n`, `${changed.join('\n')}\n`);
    expect(diff.match(/^@@/gm)).toHaveLength(2);
    expect(diff).toContain('@@ -1,12 +1,12 @@\n');
    expect(diff).toContain('@@ -23,7 +23,7 @@\n');
  });

  it('marks a last line without a newline', () => {
    expect(unifiedDiff('f.md', 'a\nb', 'a\nc')).toBe(
      '--- a/f.md\n+++ b/f.md\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+c\n\\ No newline at end of file\n',
    );
    // Adding the final newline is a change of the last line.
    expect(unifiedDiff('f.md', 'a', 'a\n')).toBe(
      '--- a/f.md\n+++ b/f.md\n@@ -1 +1 @@\n-a\n\\ No newline at end of file\n+a\n',
    );
  });

  it('names the line before an empty side', () => {
    expect(unifiedDiff('f.md', '', 'new\n')).toBe('--- a/f.md\n+++ b/f.md\n@@ -0,0 +1 @@\n+new\n');
    expect(unifiedDiff('f.md', 'a\nb\n', 'a\n')).toBe(
      '--- a/f.md\n+++ b/f.md\n@@ -1,2 +1 @@\n a\n-b\n',
    );
  });

  it('keeps a carriage return as part of its line', () => {
    expect(unifiedDiff('f.md', 'a\r\nb\r\n', 'a\r\nc\r\n')).toContain('-b\r\n+c\r\n');
  });

  it('gives a patch that turns the old text into the new one (property)', () => {
    fc.assert(
      fc.property(docArb, docArb, ([a, an], [b, bn]) => {
        const before = textOf(a, an);
        const after = textOf(b, bn);
        expect(applyPatch(before, unifiedDiff('f.md', before, after))).toBe(after);
      }),
      { numRuns: 500 },
    );
  });

  it('changes as few lines as possible (property)', () => {
    fc.assert(
      fc.property(
        fc.array(lineArb, { maxLength: 25 }),
        fc.array(lineArb, { maxLength: 25 }),
        (a, b) => {
          const script = diffLines(a, b);
          const kept = script.filter((l) => l.op === ' ').length;
          expect(kept).toBe(lcsLength(a, b));
          expect(script.filter((l) => l.op !== '+').map((l) => l.text)).toEqual(a);
          expect(script.filter((l) => l.op !== '-').map((l) => l.text)).toEqual(b);
        },
      ),
      { numRuns: 500 },
    );
  });

  const hasGit = spawnSync('git', ['--version']).status === 0;
  it.skipIf(!hasGit)('is accepted by git apply', async () => {
    const { dir, cleanup } = await tempDir();
    try {
      const before = '# Title\n\nSome text\nmore\n\n## Timeline\n- 10:00 start\n- 11:00 end';
      const after =
        '# Title\n\nSome text, fixed\nmore\n\n## Timeline\n- 10:00 start\n- 11:00 end\n';
      await writeFile(join(dir, 'doc.md'), before);
      await writeFile(join(dir, 'fix.patch'), unifiedDiff('doc.md', before, after));
      const result = spawnSync('git', ['apply', '--unsafe-paths', 'fix.patch'], {
        cwd: dir,
        encoding: 'utf8',
      });
      expect(result.stderr).toBe('');
      expect(await readFile(join(dir, 'doc.md'), 'utf8')).toBe(after);
    } finally {
      await cleanup();
    }
  });
});
