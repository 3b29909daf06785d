import { describe, expect, it } from 'vitest';
import { slugFor, withSuffix } from './slug.js';

describe('slugFor', () => {
  it('joins the date and the title as lower-case words', () => {
    expect(slugFor({ title: 'Checkout: 502s for 40 min!', date: '2024-03-20' })).toBe(
      '2024-03-20-checkout-502s-for-40-min',
    );
  });

  it('drops accents and anything that is not a letter or digit', () => {
    expect(slugFor({ title: 'Café — DNS «outage»', date: undefined })).toBe('cafe-dns-outage');
  });

  it('falls back to "postmortem" and stays within the model limit', () => {
    expect(slugFor({ title: '💥', date: undefined })).toBe('postmortem');
    expect(slugFor({ title: 'a '.repeat(200), date: undefined }).length).toBeLessThanOrEqual(100);
  });
});

describe('withSuffix', () => {
  it('numbers from 2', () => {
    expect(withSuffix('x', new Set())).toBe('x');
    expect(withSuffix('x', new Set(['x', 'x-2']))).toBe('x-3');
  });
});
