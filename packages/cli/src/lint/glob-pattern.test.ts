import { describe, expect, it } from 'vitest';
import { compileGlob, isGlob } from './glob-pattern.js';

describe('compileGlob', () => {
  it('starts walking at the segments before the first wildcard', () => {
    expect(compileGlob('docs/incidents/**/*.md').base).toBe('docs/incidents');
    expect(compileGlob('**/*.md').base).toBe('.');
    expect(compileGlob('/tmp/x/*.md').base).toBe('/tmp/x');
  });

  it.each([
    ['*.md', 'a.md', true],
    ['*.md', 'sub/a.md', false],
    ['**/*.md', 'a.md', true],
    ['**/*.md', 'a/b/c.md', true],
    ['**/*.md', 'a/b/c.txt', false],
    ['2024-??-*.md', '2024-03-db.md', true],
    ['2024-??-*.md', '2024-3-db.md', false],
    ['*.{md,markdown}', 'x.markdown', true],
    ['*.{md,markdown}', 'x.txt', false],
    ['[ab]*.md', 'b1.md', true],
    ['[!ab]*.md', 'b1.md', false],
    ['notes.(1)*.md', 'notes.(1)-a.md', true],
    ['notes.(1)*.md', 'notesX(1)Xmd', false],
    ['a/**', 'a/b/c.md', true],
  ])('%s matches %s: %s', (pattern, path, expected) => {
    const glob = compileGlob(pattern);
    const relative = glob.base === '.' ? path : path.slice(glob.base.length + 1);
    expect(glob.matches(relative)).toBe(expected);
  });
});

describe('isGlob', () => {
  it('tells patterns from plain paths', () => {
    expect(isGlob('docs/*.md')).toBe(true);
    expect(isGlob('docs/{a,b}.md')).toBe(true);
    expect(isGlob('docs/a.md')).toBe(false);
  });
});
