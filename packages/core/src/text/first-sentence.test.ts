import { describe, expect, it } from 'vitest';
import { firstSentence } from './first-sentence.js';
import { inlineText } from './inline-text.js';

describe('firstSentence', () => {
  it.each([
    ['The cache filled up. Then it failed.', 'The cache filled up.'],
    ['**Root cause.** A flag stayed off. More text.', 'A flag stayed off.'],
    ['**Root cause:** a flag stayed off.', 'a flag stayed off.'],
    ['![graph](x.png)\n\nDisk filled. Later.', 'Disk filled.'],
    ['```\ncode\n```\nAfter the code. More.', 'After the code.'],
    ['- A bullet first. Then.', 'A bullet first.'],
    ['', undefined],
  ])('%j → %j', (body, expected) => {
    expect(firstSentence(body)).toBe(expected);
  });

  it('cuts a very long sentence', () => {
    expect(firstSentence('word '.repeat(200))?.length).toBe(300);
  });
});

describe('inlineText', () => {
  it.each([
    ['**Bold** and _em_ and `code`', 'Bold and em and code'],
    ['<p>&emsp;:small_orange_diamond:Start</p>', 'Start'],
    ['[link text](https://x.y) ^[1](https://z)^', 'link text'],
    ['snake_case_name stays', 'snake_case_name stays'],
    ['a &amp; b &#x41; &unknown;', 'a & b A &unknown;'],
  ])('%j → %j', (source, expected) => {
    expect(inlineText(source)).toBe(expected);
  });
});
