import { describe, expect, it } from 'vitest';
import { clip, textTable } from './text-table.js';

describe('textTable', () => {
  it('aligns text left and numbers right, without trailing spaces', () => {
    expect(
      textTable(
        [
          ['Name', 'n', 'Note'],
          ['checkout', '12', ''],
          ['db', '3', 'slow'],
        ],
        ['left', 'right', 'left'],
      ),
    ).toEqual(['  Name       n  Note', '  checkout  12', '  db         3  slow']);
  });

  it('counts a character such as … or █ as one column', () => {
    expect(
      textTable(
        [
          ['█', 'x'],
          ['ab', 'y'],
        ],
        ['left', 'left'],
        '',
      ),
    ).toEqual(['█   x', 'ab  y']);
  });
});

describe('clip', () => {
  it('shortens with an ellipsis and folds white space', () => {
    expect(clip('short', 10)).toBe('short');
    expect(clip('a  long\ntitle here', 8)).toBe('a long …');
  });
});
