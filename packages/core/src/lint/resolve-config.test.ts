import { describe, expect, it } from 'vitest';
import { HindsightError } from '../errors.js';
import { PROFILES } from './profiles.js';
import { resolveConfig } from './resolve-config.js';
import type { LintConfig } from './types.js';

function error(config: unknown): HindsightError {
  try {
    resolveConfig(config as LintConfig);
  } catch (e) {
    if (e instanceof HindsightError) return e;
    throw e;
  }
  throw new Error('expected resolveConfig to throw');
}

describe('resolveConfig', () => {
  it('defaults to the standard profile with its levels and options', () => {
    const resolved = resolveConfig();
    expect(resolved.profile).toBe('standard');
    expect(resolved.rules['word-count']).toEqual({ level: 'warn', options: { min: 300, max: 0 } });
    expect(resolved.rules['timeline-bullets']?.level).toBe('off');
    for (const [id, level] of Object.entries(PROFILES.standard))
      expect(resolved.rules[id]?.level).toBe(level);
  });

  it('takes the profile options, then the config options over them', () => {
    const resolved = resolveConfig({
      profile: 'holberton',
      rules: { 'word-count': ['warn', { max: 700 }] },
    });
    expect(resolved.rules['word-count']).toEqual({
      level: 'warn',
      options: { min: 400, max: 700 },
    });
  });

  it('turns rules on and off', () => {
    const resolved = resolveConfig({
      rules: { 'timeline-bullets': 'error', 'blameless-language': 'off' },
    });
    expect(resolved.rules['timeline-bullets']?.level).toBe('error');
    expect(resolved.rules['blameless-language']?.level).toBe('off');
  });

  it.each([
    [
      { profile: 'strict' },
      /Unknown lint profile "strict"\. Known profiles: standard, holberton, sre, minimal/,
    ],
    [
      { rules: { 'no-placeholders': 'error' } },
      /Unknown rule "no-placeholders".*Did you mean "no-placeholder"\?/,
    ],
    [{ rules: { 'word-count': 'loud' } }, /Rule "word-count": expected "off", "warn", "error"/],
    [
      { rules: { 'word-count': ['warn', { min: 'four hundred' }] } },
      /Rule "word-count" option "min" must be a number/,
    ],
    [
      { rules: { 'word-count': ['warn', { minimum: 3 }] } },
      /Rule "word-count" has no option "minimum"\. Its options: min, max/,
    ],
    [
      { rules: { 'impact-quantified': ['warn', { require: 'money' }] } },
      /option "require" must be a string \(one of percent, numbers\)/,
    ],
    [
      { rules: { 'required-sections': ['error', { sections: ['summary', 'appendix'] }] } },
      /option "sections" must be a list of strings/,
    ],
    [
      { rules: { 'no-placeholder': ['error', { x: 1 }] } },
      /Rule "no-placeholder" has no option "x"\. It takes no options\./,
    ],
    [{ rules: { 'word-count': ['sometimes', {}] } }, /Rule "word-count": the level must be/],
    [{ rules: ['word-count'] }, /"rules" in the lint config must be an object/],
    ['standard', /must be an object/],
  ])('rejects %j with a clear message', (config, message) => {
    const e = error(config);
    expect(e.code).toBe('invalid_input');
    expect(e.message).toMatch(message);
  });

  it('ignores keys it does not own, such as templates', () => {
    expect(resolveConfig({ profile: 'sre', templates: './t' } as LintConfig).profile).toBe('sre');
  });
});
