import { describe, expect, it } from 'vitest';
import { slugFromFileName } from './slug-from-file-name.js';

describe('slugFromFileName', () => {
  it.each([
    ['/pm/2024-06-07-login-outage.md', '2024-06-07-login-outage'],
    ['/pm/2024-06-07 Login_Outage.MARKDOWN', '2024-06-07-login-outage'],
    ['hb_01.md', 'hb-01'],
    ['Café crème.md', 'cafe-creme'],
    ['Ελλάδα.md', undefined],
    ['---.md', undefined],
    [`${'a'.repeat(200)}.md`, 'a'.repeat(120)],
  ])('%s gives %s', (path, slug) => {
    expect(slugFromFileName(path)).toBe(slug);
  });
});
