import type { LintMessage, LintResult, RuleMeta } from '@hindsight/core/lint';
import { paint } from '../../io.js';
import type { FileLintResult } from '../file-lint-result.js';
import type { FormatContext } from '../format-context.js';

/** A lint message with defaults for what a test does not care about. */
export function buildMessage(overrides: Partial<LintMessage> = {}): LintMessage {
  return {
    ruleId: 'timeline-times',
    messageId: 'missing',
    severity: 'warning',
    message: 'This timeline entry does not start with a time.',
    line: 12,
    column: 3,
    ...overrides,
  };
}

/** A lint result whose counts agree with its messages. */
export function buildResult(
  messages: LintMessage[] = [],
  overrides: Partial<LintResult> = {},
): LintResult {
  const errorCount = messages.filter((m) => m.severity === 'error').length;
  return {
    messages,
    errorCount,
    warningCount: messages.length - errorCount,
    fixableCount: messages.filter((m) => m.fix !== undefined).length,
    score: {
      value: Math.max(0, 100 - messages.length * 7),
      breakdown: messages.map((m) => ({ ruleId: m.ruleId, penalty: 7, messages: 1 })),
    },
    profile: 'standard',
    wordCount: 420,
    ...overrides,
  };
}

export const CWD = '/work/repo';

/** Two files: one with an error and a fixable warning, one clean. */
export function sampleResults(): FileLintResult[] {
  return [
    {
      filePath: `${CWD}/postmortems/db-outage.md`,
      result: buildResult([
        buildMessage({
          ruleId: 'required-sections',
          messageId: 'missing',
          severity: 'error',
          message: 'The postmortem has no "Root cause" section.',
          line: 1,
          column: 1,
        }),
        buildMessage({
          ruleId: 'heading-case',
          messageId: 'case',
          message: 'Write this heading in sentence case.',
          line: 9,
          column: 1,
          endLine: 9,
          endColumn: 20,
          fix: { range: [120, 139], text: '## Root cause' },
        }),
      ]),
    },
    { filePath: `${CWD}/postmortems/clean.md`, result: buildResult() },
  ];
}

export const SAMPLE_RULES: RuleMeta[] = [
  {
    id: 'required-sections',
    description: 'The sections the profile asks for are all there.',
    profiles: { standard: 'error', holberton: 'error' },
    fixable: false,
    messages: { missing: 'The postmortem has no "{section}" section.' },
  },
  {
    id: 'heading-case',
    description: 'Headings are written in sentence case.',
    profiles: { standard: 'warn' },
    fixable: true,
    messages: { case: 'Write this heading in sentence case.' },
  },
  {
    id: 'word-count',
    description: 'The document is neither too short nor too long.',
    profiles: { holberton: 'error' },
    fixable: false,
    messages: {},
  },
];

/** A format context over {@link SAMPLE_RULES}, without colour. */
export function sampleContext(overrides: Partial<FormatContext> = {}): FormatContext {
  return {
    cwd: CWD,
    rules: SAMPLE_RULES,
    ruleLevels: { 'required-sections': 'error', 'heading-case': 'warn', 'word-count': 'off' },
    version: '0.1.0',
    paint: paint(false),
    showScore: false,
    ...overrides,
  };
}
