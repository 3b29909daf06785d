import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildProfiles, PROFILE_NAMES, PROFILES } from '../profiles.js';
import { RULES } from './index.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const files = readdirSync(here)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'index.ts')
  .map((f) => f.slice(0, -3))
  .sort();

describe('the rule index', () => {
  it('lists every rule file once, under the id of its file name', () => {
    expect(RULES.map((r) => r.meta.id).sort()).toEqual(files);
  });

  it('has kebab-case ids, a description, messages and at least one profile for each rule', () => {
    for (const { meta } of RULES) {
      expect(meta.id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
      expect(meta.description.length).toBeGreaterThan(10);
      expect(Object.keys(meta.messages).length).toBeGreaterThan(0);
      expect(Object.keys(meta.profiles).length).toBeGreaterThan(0);
      if (meta.fixable) expect(meta.fixDescription).toBeTruthy();
    }
  });

  it('gives every option a default of its type, and every profile option a known name', () => {
    for (const { meta } of RULES) {
      for (const [name, option] of Object.entries(meta.options ?? {})) {
        const value = option.default;
        const ok = option.type === 'string[]' ? Array.isArray(value) : typeof value === option.type;
        expect(ok, `${meta.id}.${name}`).toBe(true);
      }
      for (const options of Object.values(meta.profileOptions ?? {})) {
        for (const name of Object.keys(options))
          expect(meta.options?.[name], `${meta.id}.${name}`).toBeDefined();
      }
    }
  });
});

describe('profiles', () => {
  it("are built from the rules' metadata", () => {
    expect(PROFILES).toEqual(buildProfiles(RULES));
    for (const name of PROFILE_NAMES) expect(Object.keys(PROFILES[name]).length).toBeGreaterThan(3);
  });

  it('holberton holds every check of the graded form', () => {
    expect(Object.keys(PROFILES.holberton)).toEqual(
      expect.arrayContaining([
        'required-sections',
        'summary-duration',
        'impact-quantified',
        'root-cause-stated',
        'timeline-entry-time',
        'timeline-bullets',
        'timeline-coverage',
        'resolution-explained',
        'corrective-measures',
        'word-count',
      ]),
    );
  });
});
