import { expect, it } from 'vitest';
import { applyFixes } from '../apply-fixes.js';
import { lintText } from '../lint-text.js';
import { exampleProfile } from '../render-rule-doc.js';
import { RULES } from '../rules/index.js';
import type { LintConfig, LintMessage, ProfileName, RuleModule } from '../types.js';

/** What an invalid case must report, in order. `data` is matched as a subset. */
export interface ExpectedMessage {
  messageId: string;
  line: number;
  column?: number;
  endColumn?: number;
  data?: Record<string, string | number>;
  /** Whether the message carries a fix. */
  fixed?: boolean;
  suggestion?: string;
}

export interface RuleCases {
  /** Profile to lint with; the rule's first profile (as for its examples) when absent. */
  profile?: ProfileName;
  options?: Record<string, unknown>;
  valid: (
    | string
    | { name: string; text: string; options?: Record<string, unknown>; profile?: ProfileName }
  )[];
  invalid: {
    name: string;
    text: string;
    options?: Record<string, unknown>;
    profile?: ProfileName;
    messages: ExpectedMessage[];
    /** The text after applying the rule's fixes, when the case checks it. */
    output?: string;
  }[];
}

/** A config with only `rule` on (at error), under a profile, with extra options. */
export function onlyRule(
  rule: RuleModule,
  profile: ProfileName,
  options?: Record<string, unknown>,
): LintConfig {
  const rules: NonNullable<LintConfig['rules']> = {};
  for (const r of RULES) rules[r.meta.id] = 'off';
  rules[rule.meta.id] = options ? ['error', options] : 'error';
  return { profile, rules };
}

/** The messages one rule reports on a text. */
export function lintWith(
  rule: RuleModule,
  text: string,
  profile: ProfileName,
  options?: Record<string, unknown>,
): LintMessage[] {
  return lintText(text, onlyRule(rule, profile, options)).messages;
}

/**
 * Table-driven tests for a rule, in the style of ESLint's RuleTester: every valid text
 * reports nothing from the rule; every invalid text reports exactly the expected messages.
 */
export function testRule(rule: RuleModule, cases: RuleCases): void {
  const base = cases.profile ?? exampleProfile(rule.meta);
  cases.valid.forEach((c, i) => {
    const { name, text, options, profile } =
      typeof c === 'string'
        ? { name: `valid #${i + 1}`, text: c, options: undefined, profile: undefined }
        : c;
    it(`${rule.meta.id}: ${name}`, () => {
      const messages = lintWith(rule, text, profile ?? base, { ...cases.options, ...options });
      expect(messages.map(describe)).toEqual([]);
    });
  });
  for (const c of cases.invalid) {
    it(`${rule.meta.id}: ${c.name}`, () => {
      const messages = lintWith(rule, c.text, c.profile ?? base, {
        ...cases.options,
        ...c.options,
      });
      expect(messages.map(describe)).toHaveLength(c.messages.length);
      c.messages.forEach((want, k) => {
        const got = messages[k];
        expect(got?.messageId, describe(got)).toBe(want.messageId);
        expect(got?.line, describe(got)).toBe(want.line);
        if (want.column !== undefined) expect(got?.column, describe(got)).toBe(want.column);
        if (want.endColumn !== undefined)
          expect(got?.endColumn, describe(got)).toBe(want.endColumn);
        if (want.data) expect(got?.data).toMatchObject(want.data);
        if (want.fixed !== undefined) expect(got?.fix !== undefined).toBe(want.fixed);
        if (want.suggestion !== undefined) expect(got?.suggestion).toBe(want.suggestion);
        expect(got?.message).not.toMatch(/\{\w+\}/);
      });
      if (c.output !== undefined) expect(applyFixes(c.text, messages).output).toBe(c.output);
    });
  }
}

function describe(m: LintMessage | undefined): string {
  return m ? `${m.line}:${m.column} ${m.ruleId}/${m.messageId} ${m.message}` : '(none)';
}
