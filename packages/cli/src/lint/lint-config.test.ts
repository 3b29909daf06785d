import { describe, expect, it } from 'vitest';
import type { Config } from '../config.js';
import { buildLintConfig, parseRuleFlag } from './lint-config.js';

const IDS = new Set(['word-count', 'timeline-times', 'required-sections']);
const file = (raw: Record<string, unknown>): Config => ({
  path: '/repo/hindsight.config.json',
  root: '/repo',
  ...(typeof raw.profile === 'string' ? { profile: raw.profile } : {}),
  raw,
});

describe('buildLintConfig', () => {
  it('is empty without a config file or flags, so the engine picks its defaults', () => {
    expect(buildLintConfig({ raw: {} }, {}, IDS)).toEqual({});
  });

  it('reads the profile and rules of the config file', () => {
    const config = buildLintConfig(
      file({
        profile: 'SRE',
        rules: { 'word-count': ['warn', { max: 700 }], 'timeline-times': 'off' },
      }),
      {},
      IDS,
    );
    expect(config).toEqual({
      profile: 'sre',
      rules: { 'word-count': ['warn', { max: 700 }], 'timeline-times': 'off' },
    });
  });

  it('lets flags win, keeping the options the file gave a rule', () => {
    const config = buildLintConfig(
      file({ profile: 'sre', rules: { 'word-count': ['warn', { max: 700 }] } }),
      {
        profile: 'holberton',
        rules: ['word-count:error', 'timeline-times:off', 'timeline-times:warn'],
      },
      IDS,
    );
    expect(config).toEqual({
      profile: 'holberton',
      rules: { 'word-count': ['error', { max: 700 }], 'timeline-times': 'warn' },
    });
  });

  it('names the flag or the file and key at fault', () => {
    expect(() => buildLintConfig({ raw: {} }, { profile: 'strict' }, IDS)).toThrow(
      '--profile "strict" is not a profile; choose one of standard, holberton, sre, minimal.',
    );
    expect(() => buildLintConfig(file({ profile: 'nope' }), {}, IDS)).toThrow(
      '/repo/hindsight.config.json: "profile" "nope" is not a profile',
    );
    expect(() => buildLintConfig(file({ rules: ['word-count'] }), {}, IDS)).toThrow(
      '/repo/hindsight.config.json: "rules" must be an object of rule ids and levels.',
    );
    expect(() => buildLintConfig(file({ rules: { 'no-such-rule': 'warn' } }), {}, IDS)).toThrow(
      '"rules" names an unknown rule, no-such-rule.',
    );
    expect(() => buildLintConfig(file({ rules: { 'word-count': 'warning' } }), {}, IDS)).toThrow(
      '/repo/hindsight.config.json: "rules.word-count" must be "off", "warn", "error", or a level and options',
    );
    expect(() => buildLintConfig(file({ rules: { 'word-count': ['warn', 5] } }), {}, IDS)).toThrow(
      '"rules.word-count" must be',
    );
  });
});

describe('parseRuleFlag', () => {
  it('reads id:level', () => {
    expect(parseRuleFlag('word-count:off', IDS)).toEqual({ id: 'word-count', level: 'off' });
    expect(parseRuleFlag(' word-count : error ', IDS)).toEqual({
      id: 'word-count',
      level: 'error',
    });
  });

  it('explains the syntax and names unknown rules', () => {
    expect(() => parseRuleFlag('word-count', IDS)).toThrow(
      '--rule "word-count" must be written as id:level, where level is off, warn or error.',
    );
    expect(() => parseRuleFlag('word-count:2', IDS)).toThrow('must be written as id:level');
    expect(() => parseRuleFlag('words:warn', IDS)).toThrow(
      '--rule "words:warn": there is no rule named words.',
    );
  });
});
