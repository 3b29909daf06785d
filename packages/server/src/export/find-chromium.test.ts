import { describe, expect, it } from 'vitest';
import { DEFAULT_CHROMIUM, findChromium } from './find-chromium.js';

describe('findChromium', () => {
  const only =
    (...paths: string[]) =>
    (path: string) =>
      paths.includes(path);

  it('prefers CHROMIUM_PATH when that file exists', () => {
    expect(findChromium({ CHROMIUM_PATH: '/opt/c' }, only('/opt/c', DEFAULT_CHROMIUM))).toBe(
      '/opt/c',
    );
  });

  it('falls back to /usr/bin/chromium, and to nothing when neither exists', () => {
    expect(findChromium({ CHROMIUM_PATH: '/gone' }, only(DEFAULT_CHROMIUM))).toBe(DEFAULT_CHROMIUM);
    expect(findChromium({}, only(DEFAULT_CHROMIUM))).toBe(DEFAULT_CHROMIUM);
    expect(findChromium({ CHROMIUM_PATH: ' ' }, only())).toBeUndefined();
  });
});
