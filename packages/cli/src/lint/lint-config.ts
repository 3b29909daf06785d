import { PROFILE_NAMES } from '@hindsight/core/lint';
import type { LintConfig, ProfileName, RuleLevel, RuleSetting } from '@hindsight/core/lint';
import { CliError, usageError } from '../cli-error.js';
import type { Config } from '../config.js';
import { CONFIG_FILE } from '../config.js';

const LEVELS: readonly RuleLevel[] = ['off', 'warn', 'error'];

/** What the command line says about the configuration. */
export interface LintConfigFlags {
  /** `--profile`. */
  profile?: string;
  /** `--rule id:level`, in the order given; later ones win. */
  rules?: readonly string[];
}

/**
 * The linter configuration of a run: the profile and rules of `hindsight.config.json`, then
 * the command line on top (`--profile` replaces the profile; `--rule` sets a rule's level and
 * keeps the options the file gave it). Unknown profiles, rules and levels are errors naming
 * the flag or the file and key at fault.
 */
export function buildLintConfig(
  file: Config,
  flags: LintConfigFlags,
  ruleIds: ReadonlySet<string>,
): LintConfig {
  const from = file.path ?? CONFIG_FILE;
  const rules: Record<string, RuleSetting> = {};
  const rawRules = file.raw.rules;
  if (rawRules !== undefined) {
    if (typeof rawRules !== 'object' || rawRules === null || Array.isArray(rawRules)) {
      throw invalid(`${from}: "rules" must be an object of rule ids and levels.`);
    }
    for (const [id, setting] of Object.entries(rawRules as Record<string, unknown>)) {
      if (!ruleIds.has(id)) throw invalid(`${from}: "rules" names an unknown rule, ${id}.`);
      rules[id] = readSetting(setting, `${from}: "rules.${id}"`);
    }
  }
  for (const spec of flags.rules ?? []) {
    const { id, level } = parseRuleFlag(spec, ruleIds);
    const previous = rules[id];
    rules[id] = Array.isArray(previous) ? [level, previous[1]] : level;
  }
  const profile =
    flags.profile !== undefined
      ? profileName(flags.profile, (list) =>
          usageError(`--profile "${flags.profile}" is not a profile; choose one of ${list}.`),
        )
      : file.profile !== undefined
        ? profileName(file.profile, (list) =>
            invalid(
              `${from}: "profile" "${file.profile}" is not a profile; choose one of ${list}.`,
            ),
          )
        : undefined;
  return {
    ...(profile === undefined ? {} : { profile }),
    ...(Object.keys(rules).length === 0 ? {} : { rules }),
  };
}

/**
 * Reads `--rule id:level`.
 *
 * @example parseRuleFlag('word-count:off', ids) // { id: 'word-count', level: 'off' }
 */
export function parseRuleFlag(
  spec: string,
  ruleIds: ReadonlySet<string>,
): { id: string; level: RuleLevel } {
  const colon = spec.lastIndexOf(':');
  const id = (colon === -1 ? spec : spec.slice(0, colon)).trim();
  const level = colon === -1 ? '' : spec.slice(colon + 1).trim();
  if (colon === -1 || !isLevel(level)) {
    throw usageError(
      `--rule "${spec}" must be written as id:level, where level is off, warn or error.`,
    );
  }
  if (!ruleIds.has(id)) throw usageError(`--rule "${spec}": there is no rule named ${id}.`);
  return { id, level };
}

function readSetting(value: unknown, where: string): RuleSetting {
  if (typeof value === 'string' && isLevel(value)) return value;
  if (
    Array.isArray(value) &&
    value.length === 2 &&
    typeof value[0] === 'string' &&
    isLevel(value[0]) &&
    typeof value[1] === 'object' &&
    value[1] !== null &&
    !Array.isArray(value[1])
  ) {
    return [value[0], value[1] as Record<string, unknown>];
  }
  throw invalid(
    `${where} must be "off", "warn", "error", or a level and options: ["warn", { … }].`,
  );
}

function profileName(name: string, error: (list: string) => Error): ProfileName {
  const found = PROFILE_NAMES.find((p) => p === name.trim().toLowerCase());
  if (found === undefined) throw error(PROFILE_NAMES.join(', '));
  return found;
}

function isLevel(value: string): value is RuleLevel {
  return (LEVELS as readonly string[]).includes(value);
}

function invalid(message: string): CliError {
  return new CliError('invalid_input', message);
}
