import { describe, expect, it } from 'vitest';
import { fileSlug } from './file-slug.js';

describe('fileSlug', () => {
  it.each([
    ['Checkout API: 502s for 40% of users', 'checkout-api-502s-for-40-of-users'],
    ['  Élan vital — café outage  ', 'elan-vital-cafe-outage'],
    ['Αποτυχία DNS', 'αποτυχια-dns'],
    ['!!!', 'postmortem'],
    ['../../etc/passwd', 'etc-passwd'],
  ])('%s → %s', (title, slug) => {
    expect(fileSlug(title)).toBe(slug);
  });

  it('cuts a long title at a word boundary', () => {
    const slug = fileSlug(
      'The payments service returned errors for every customer in every region for an entire afternoon',
    );
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug).toBe('the-payments-service-returned-errors-for-every-customer-in');
  });
});
