import { describe, expect, it } from 'vitest';
import { stemWord } from './stem-word.js';

describe('stemWord', () => {
  it.each([
    ['deploy', 'deploy'],
    ['deploys', 'deploy'],
    ['deployed', 'deploy'],
    ['deploying', 'deploy'],
    ['configure', 'configur'],
    ['configured', 'configur'],
    ['configuration', 'configur'],
    ['configurations', 'configur'],
    ['time', 'tim'],
    ['timed', 'tim'],
    ['timing', 'tim'],
    ['dependency', 'dependenci'],
    ['dependencies', 'dependenci'],
    ['stopped', 'stop'],
    ['migration', 'migrat'],
    ['migrate', 'migrat'],
    ['caches', 'cach'],
    ['validation', 'valid'],
    ['validated', 'valid'],
    ['rotation', 'rotat'],
    ['rotated', 'rotat'],
    ['cache', 'cach'],
  ])('%s → %s', (word, stem) => {
    expect(stemWord(word)).toBe(stem);
  });

  it('leaves short words, numbers and words ending in -ss, -us and -is alone', () => {
    expect(stemWord('dns')).toBe('dns');
    expect(stemWord('http2s')).toBe('http2s');
    expect(stemWord('status')).toBe('status');
    expect(stemWord('analysis')).toBe('analysis');
    expect(stemWord('access')).toBe('access');
  });

  it('keeps at least three letters', () => {
    expect(stemWord('used')).toBe('used');
    expect(stemWord('bed')).toBe('bed');
  });
});
