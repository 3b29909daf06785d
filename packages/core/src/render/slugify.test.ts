import { describe, expect, it } from 'vitest';
import { plainText } from './plain-text.js';
import { createSlugger, slugify } from './slugify.js';

describe('slugify', () => {
  it.each([
    ['Issue Summary', 'issue-summary'],
    ['Root Cause & Resolution', 'root-cause-resolution'],
    ['  Timeline (all times UTC)  ', 'timeline-all-times-utc'],
    ['5 Whys', '5-whys'],
    ['Ünïcödé façade', 'unicode-facade'],
    ['Время простоя', 'время-простоя'],
    ['`nginx` **config**', 'nginx-config'],
    ['<b>Bold</b> heading', 'bold-heading'],
    ['!!!', ''],
  ])('%j becomes %j', (heading, slug) => {
    expect(slugify(heading)).toBe(slug);
  });
});

describe('createSlugger', () => {
  it('numbers repeats and names empty headings', () => {
    const slug = createSlugger();
    expect([slug('Notes'), slug('Notes'), slug('notes'), slug('???'), slug('')]).toEqual([
      'notes',
      'notes-2',
      'notes-3',
      'section',
      'section-2',
    ]);
  });
});

describe('plainText', () => {
  it.each([
    ['Rolled back [the deploy](https://x) with `kubectl`', 'Rolled back the deploy with kubectl'],
    ['**Alert** fired, _again_.', 'Alert fired, again.'],
    ['a <img src=x> b', 'a b'],
    ['keep snake_case_names', 'keep snake_case_names'],
    ['![graph](g.png) shows it', 'graph shows it'],
  ])('%j reads %j', (markdown, text) => {
    expect(plainText(markdown)).toBe(text);
  });
});
