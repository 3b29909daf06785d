import { HindsightError } from '../errors.js';
import { DEFAULT_PROFILE, isProfileName, PROFILE_NAMES, PROFILES } from './profiles.js';
import { RULES } from './rules/index.js';
import type {
  LintConfig,
  ResolvedConfig,
  RuleLevel,
  RuleMeta,
  RuleModule,
  RuleOptionMeta,
} from './types.js';

const LEVELS: readonly RuleLevel[] = ['off', 'warn', 'error'];
const BY_ID = new Map<string, RuleModule>(RULES.map((r) => [r.meta.id, r]));

/**
 * The level and options of every rule for a config: the profile's levels (default
 * `standard`), then the config's `rules` on top. Options are the rule's defaults, then the
 * profile's, then the config's. The config usually comes from `hindsight.config.json`, so it
 * is checked as untrusted input: an unknown profile or rule id, a bad level, an unknown option
 * or one of the wrong type is a `HindsightError('invalid_input')` that names it.
 *
 * @example
 * resolveConfig({ profile: 'holberton', rules: { 'word-count': ['warn', { max: 700 }] } })
 *   .rules['word-count']; // { level: 'warn', options: { min: 400, max: 700 } }
 */
export function resolveConfig(config: LintConfig = {}): ResolvedConfig {
  const input: unknown = config;
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    fail('The lint config must be an object with "profile" and "rules".');
  }
  const { profile: rawProfile, rules: rawRules } = input as Record<string, unknown>;
  if (rawProfile !== undefined && !isProfileName(rawProfile)) {
    fail(
      `Unknown lint profile ${JSON.stringify(rawProfile)}. Known profiles: ${PROFILE_NAMES.join(', ')}.`,
    );
  }
  const profile = rawProfile ?? DEFAULT_PROFILE;
  if (
    rawRules !== undefined &&
    (typeof rawRules !== 'object' || rawRules === null || Array.isArray(rawRules))
  ) {
    fail('"rules" in the lint config must be an object mapping rule ids to levels.');
  }
  const overrides = (rawRules ?? {}) as Record<string, unknown>;
  for (const id of Object.keys(overrides)) {
    if (!BY_ID.has(id)) fail(`Unknown rule "${id}" in the lint config.${suggest(id)}`);
  }
  const rules: ResolvedConfig['rules'] = {};
  for (const rule of RULES) {
    const { id } = rule.meta;
    const base = {
      ...defaults(rule.meta),
      ...(rule.meta.profileOptions?.[profile] ?? {}),
    };
    const setting = overrides[id];
    if (setting === undefined) {
      rules[id] = { level: PROFILES[profile][id] ?? 'off', options: base };
      continue;
    }
    const [level, options] = readSetting(id, setting);
    rules[id] = { level, options: { ...base, ...checkOptions(rule.meta, options) } };
  }
  return { profile, rules };
}

function fail(message: string): never {
  throw new HindsightError('invalid_input', message);
}

function defaults(meta: RuleMeta): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, option] of Object.entries(meta.options ?? {})) out[name] = option.default;
  return out;
}

function readSetting(id: string, setting: unknown): [RuleLevel, Record<string, unknown>] {
  if (isLevel(setting)) return [setting, {}];
  if (Array.isArray(setting) && setting.length >= 1 && setting.length <= 2) {
    const [level, options] = setting as unknown[];
    if (!isLevel(level)) {
      fail(
        `Rule "${id}": the level must be "off", "warn" or "error", not ${JSON.stringify(level)}.`,
      );
    }
    if (options === undefined) return [level, {}];
    if (typeof options !== 'object' || options === null || Array.isArray(options)) {
      fail(`Rule "${id}": options must be an object, as in ["warn", { "min": 300 }].`);
    }
    return [level, options as Record<string, unknown>];
  }
  return fail(
    `Rule "${id}": expected "off", "warn", "error" or [level, options], not ${JSON.stringify(setting)}.`,
  );
}

function isLevel(value: unknown): value is RuleLevel {
  return typeof value === 'string' && (LEVELS as readonly string[]).includes(value);
}

function checkOptions(meta: RuleMeta, options: Record<string, unknown>): Record<string, unknown> {
  const known = meta.options ?? {};
  for (const [name, value] of Object.entries(options)) {
    const option = known[name];
    if (!option) {
      const names = Object.keys(known);
      fail(
        `Rule "${meta.id}" has no option "${name}". ${names.length > 0 ? `Its options: ${names.join(', ')}.` : 'It takes no options.'}`,
      );
    }
    const problem = typeProblem(option, value);
    if (problem)
      fail(`Rule "${meta.id}" option "${name}" ${problem}, not ${JSON.stringify(value)}.`);
  }
  return options;
}

function typeProblem(option: RuleOptionMeta, value: unknown): string | undefined {
  const allowed = option.enum;
  const oneOf = allowed ? ` (one of ${allowed.join(', ')})` : '';
  switch (option.type) {
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) && value >= 0
        ? undefined
        : 'must be a number, 0 or more';
    case 'boolean':
      return typeof value === 'boolean' ? undefined : 'must be true or false';
    case 'string':
      return typeof value === 'string' && (!allowed || allowed.includes(value))
        ? undefined
        : `must be a string${oneOf}`;
    case 'string[]':
      return Array.isArray(value) &&
        value.every((v) => typeof v === 'string' && (!allowed || allowed.includes(v)))
        ? undefined
        : `must be a list of strings${oneOf}`;
  }
}

/** "Did you mean" for a mistyped rule id: the known id fewest edits away, when close. */
function suggest(id: string): string {
  let best: string | undefined;
  let bestDistance = Math.max(3, Math.floor(id.length / 3)) + 1;
  for (const known of BY_ID.keys()) {
    const d = distance(id, known);
    if (d < bestDistance) {
      best = known;
      bestDistance = d;
    }
  }
  return best ? ` Did you mean "${best}"?` : ` Known rules: ${[...BY_ID.keys()].join(', ')}.`;
}

/** Levenshtein distance, for short ids. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
