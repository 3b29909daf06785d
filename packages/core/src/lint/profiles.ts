import { RULES } from './rules/index.js';
import type { ProfileName, RuleLevel, RuleModule } from './types.js';

/** Every profile, the default first. */
export const PROFILE_NAMES = [
  'standard',
  'holberton',
  'sre',
  'minimal',
] as const satisfies readonly ProfileName[];

/** The profile used when a config names none: the full blameless postmortem. */
export const DEFAULT_PROFILE: ProfileName = 'standard';

/** What each profile is for, for the docs and `--help`. */
export const PROFILE_DESCRIPTIONS: Readonly<Record<ProfileName, string>> = {
  standard:
    'The full blameless postmortem: summary, measured impact, timeline, root cause, detection, resolution, owned and dated action items, lessons and a follow-up review. The default.',
  holberton:
    'The graded short form: an issue summary with duration, time zone, impact as a percentage and root cause; a bulleted timeline covering detection, actions, misleading paths, escalation and resolution; root cause and resolution; corrective measures with a task list; 400 to 600 words.',
  sre: "The SRE book's form: summary, impact, root causes, trigger, resolution, detection, action items, lessons learned and a timeline.",
  minimal: 'The least a useful postmortem has: summary, timeline, root cause and action items.',
};

/** A profile: the level of every rule it turns on. */
export type ProfileRules = Readonly<Record<string, Exclude<RuleLevel, 'off'>>>;

/** Builds the profiles from the rules' `meta.profiles`; nothing is listed by hand. */
export function buildProfiles(rules: readonly RuleModule[]): Record<ProfileName, ProfileRules> {
  const profiles = {} as Record<ProfileName, Record<string, Exclude<RuleLevel, 'off'>>>;
  for (const name of PROFILE_NAMES) profiles[name] = {};
  for (const rule of rules) {
    for (const name of PROFILE_NAMES) {
      const level = rule.meta.profiles[name];
      if (level) profiles[name][rule.meta.id] = level;
    }
  }
  return profiles;
}

/** The built-in profiles, made from the rules' metadata. */
export const PROFILES: Readonly<Record<ProfileName, ProfileRules>> = buildProfiles(RULES);

export function isProfileName(value: unknown): value is ProfileName {
  return typeof value === 'string' && (PROFILE_NAMES as readonly string[]).includes(value);
}
