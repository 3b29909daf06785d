import { describe, expect, it } from 'vitest';
import { displayPath } from './display-path.js';
import { shellQuote } from './shell-quote.js';

describe('shellQuote', () => {
  it('leaves plain paths alone and quotes the rest', () => {
    expect(shellQuote('postmortems/2024-01-02-outage.md')).toBe('postmortems/2024-01-02-outage.md');
    expect(shellQuote('my notes.md')).toBe("'my notes.md'");
    expect(shellQuote("it's.md")).toBe("'it'\\''s.md'");
  });
});

describe('displayPath', () => {
  it('is relative inside the working folder and absolute outside it', () => {
    expect(displayPath('/work/a/b.md', '/work')).toBe('a/b.md');
    expect(displayPath('/elsewhere/b.md', '/work')).toBe('/elsewhere/b.md');
    expect(displayPath('/work', '/work')).toBe('.');
  });
});
