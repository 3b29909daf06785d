import { describe, expect, it } from 'vitest';
import type { FileLintResult } from './file-lint-result.js';
import type { FormatContext, Formatter } from './format-context.js';
import { paint } from '../io.js';
import { escapeData, escapeProperty, formatGithub } from './format-github.js';
import { LINT_JSON_VERSION, formatJson } from './format-json.js';
import { SARIF_SCHEMA, formatSarif } from './format-sarif.js';
import { formatStylish } from './format-stylish.js';
import { checkSarif } from './test-support/check-sarif.js';
import {
  CWD,
  buildMessage,
  buildResult,
  sampleContext,
  sampleResults,
} from './test-support/lint-results.js';

/** A formatter's pieces, joined into the report. */
function text(formatter: Formatter, results: FileLintResult[], context: FormatContext): string {
  return [...formatter(results, context)].join('');
}

describe('formatStylish', () => {
  it('lists problems per file in aligned columns, then a summary', () => {
    expect(text(formatStylish, sampleResults(), sampleContext())).toBe(
      [
        '',
        'postmortems/db-outage.md  score 86/100',
        '  1:1  error    The postmortem has no "Root cause" section.  required-sections',
        '  9:1  warning  Write this heading in sentence case.         heading-case',
        '',
        '✖ 2 problems (1 error, 1 warning) in 1 of 2 files. Mean score 93/100.',
        '  0 errors and 1 warning can be fixed with --fix.',
        '',
      ].join('\n'),
    );
  });

  it('says so when there is nothing to report', () => {
    const clean = sampleResults().slice(1);
    expect(text(formatStylish, clean, sampleContext())).toBe(
      '✔ 1 file checked, no problems. Mean score 100/100.\n',
    );
  });

  it('lists every file with what each rule cost it when asked for scores', () => {
    const out = text(formatStylish, sampleResults(), sampleContext({ showScore: true }));
    expect(out).toContain('postmortems/clean.md  score 100/100\n');
    expect(out).toContain('  lost: heading-case −7, required-sections −7\n');
  });

  it('keeps a message on one line', () => {
    const results = [
      {
        filePath: `${CWD}/a.md`,
        result: buildResult([buildMessage({ message: 'first\nsecond' })]),
      },
    ];
    expect(text(formatStylish, results, sampleContext())).toContain('first second');
  });

  it('colours severities and scores only when colour is on', () => {
    const coloured = text(formatStylish, sampleResults(), sampleContext({ paint: paint(true) }));
    expect(coloured).toContain('\u001b[31merror  \u001b[39m');
    expect(coloured).toContain('\u001b[33mwarning\u001b[39m');
    expect(text(formatStylish, sampleResults(), sampleContext())).not.toContain('\u001b[');
  });
});

describe('formatJson', () => {
  it('prints a versioned report with totals and messages in line order', () => {
    const [first] = sampleResults();
    const reversed = {
      ...first!,
      result: { ...first!.result, messages: [...first!.result.messages].reverse() },
    };
    const report = JSON.parse(
      text(formatJson, [reversed, sampleResults()[1]!], sampleContext()),
    ) as {
      version: number;
      tool: { name: string; version: string };
      totals: Record<string, unknown>;
      files: {
        path: string;
        score: number;
        messages: { line: number; fix?: unknown; endLine?: number }[];
      }[];
    };
    expect(report.version).toBe(LINT_JSON_VERSION);
    expect(report.tool).toEqual({ name: 'hindsight', version: '0.1.0' });
    expect(report.totals).toEqual({
      files: 2,
      errorCount: 1,
      warningCount: 1,
      fixableCount: 1,
      meanScore: 93,
    });
    expect(report.files.map((f) => f.path)).toEqual([
      'postmortems/db-outage.md',
      'postmortems/clean.md',
    ]);
    expect(report.files[0]?.messages.map((m) => m.line)).toEqual([1, 9]);
    expect(report.files[0]?.messages[1]?.fix).toEqual({ range: [120, 139], text: '## Root cause' });
    expect(report.files[0]?.messages[0]).not.toHaveProperty('endLine');
  });

  it('has the same keys in the same order on every run', () => {
    const keys = Object.keys(
      JSON.parse(text(formatJson, sampleResults(), sampleContext())) as object,
    );
    expect(keys).toEqual(['version', 'tool', 'totals', 'files']);
    const file = (
      JSON.parse(text(formatJson, sampleResults(), sampleContext())) as { files: object[] }
    ).files[0];
    expect(Object.keys(file!)).toEqual([
      'path',
      'profile',
      'errorCount',
      'warningCount',
      'fixableCount',
      'score',
      'scoreBreakdown',
      'wordCount',
      'messages',
    ]);
  });

  it('has no mean score without files', () => {
    expect(JSON.parse(text(formatJson, [], sampleContext()))).toMatchObject({
      totals: { files: 0, meanScore: null },
    });
  });
});

describe('formatSarif', () => {
  it('writes a log that meets the SARIF 2.1.0 schema essentials', () => {
    const log = JSON.parse(text(formatSarif, sampleResults(), sampleContext())) as Record<
      string,
      unknown
    >;
    expect(checkSarif(log)).toEqual([]);
    expect(log.$schema).toBe(SARIF_SCHEMA);
    expect(log.version).toBe('2.1.0');
  });

  it('describes every rule, with its level in this run', () => {
    const log = JSON.parse(text(formatSarif, sampleResults(), sampleContext())) as {
      runs: {
        tool: { driver: { name: string; version: string; rules: Record<string, unknown>[] } };
      }[];
    };
    const driver = log.runs[0]!.tool.driver;
    expect(driver.name).toBe('hindsight');
    expect(driver.version).toBe('0.1.0');
    expect(driver.rules.map((r) => r.id)).toEqual([
      'heading-case',
      'required-sections',
      'word-count',
    ]);
    expect(driver.rules[1]).toEqual({
      id: 'required-sections',
      shortDescription: { text: 'The sections the profile asks for are all there.' },
      helpUri: 'docs/rules/required-sections.md',
      defaultConfiguration: { enabled: true, level: 'error' },
      properties: { fixable: false },
    });
    expect(driver.rules[0]).toMatchObject({ defaultConfiguration: { level: 'warning' } });
    expect(driver.rules[2]).toMatchObject({
      defaultConfiguration: { enabled: false, level: 'none' },
    });
  });

  it('locates each result by a relative URI and a region, pointing at its rule', () => {
    const log = JSON.parse(text(formatSarif, sampleResults(), sampleContext())) as {
      runs: { results: Record<string, unknown>[] }[];
    };
    const results = log.runs[0]!.results;
    expect(results).toHaveLength(2);
    expect(results[1]).toEqual({
      ruleId: 'heading-case',
      ruleIndex: 0,
      level: 'warning',
      message: { text: 'Write this heading in sentence case.' },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'postmortems/db-outage.md', uriBaseId: '%SRCROOT%' },
            region: { startLine: 9, startColumn: 1, endLine: 9, endColumn: 20 },
          },
        },
      ],
    });
    expect(results[0]).toMatchObject({ ruleIndex: 1, level: 'error' });
  });

  it('encodes file names as URIs and keeps regions valid', () => {
    const results = [
      {
        filePath: `${CWD}/notes/war room #2.md`,
        result: buildResult([buildMessage({ line: 4, column: 9, endColumn: 2 })]),
      },
      { filePath: '/elsewhere/x.md', result: buildResult([buildMessage({ line: 0, column: 0 })]) },
      {
        filePath: `${CWD}/unknown.md`,
        result: buildResult([buildMessage({ ruleId: 'not-a-rule' })]),
      },
    ];
    const sarif = text(formatSarif, results, sampleContext());
    const log = JSON.parse(sarif) as {
      runs: { results: { locations: { physicalLocation: Record<string, unknown> }[] }[] }[];
    };
    expect(checkSarif(log)).toEqual([]);
    const [first, second] = log.runs[0]!.results.map((r) => r.locations[0]!.physicalLocation);
    expect(first).toEqual({
      artifactLocation: { uri: 'notes/war%20room%20%232.md', uriBaseId: '%SRCROOT%' },
      region: { startLine: 4, startColumn: 9, endLine: 4 },
    });
    expect(second).toMatchObject({
      artifactLocation: { uri: 'file:///elsewhere/x.md' },
      region: { startLine: 1, startColumn: 1 },
    });
    expect(sarif).not.toContain('"ruleIndex": -1');
  });

  it('is an empty run without findings', () => {
    const log = JSON.parse(text(formatSarif, [], sampleContext())) as {
      runs: { results: unknown[] }[];
    };
    expect(checkSarif(log)).toEqual([]);
    expect(log.runs[0]!.results).toEqual([]);
  });
});

describe('checkSarif', () => {
  it('finds what breaks the schema', () => {
    expect(checkSarif({ version: '2.0.0', runs: [] })).toContain('$.version: must be "2.1.0"');
    const broken = {
      version: '2.1.0',
      runs: [
        {
          tool: { driver: { rules: [{ id: 'a' }], extra: 1 } },
          results: [
            {
              ruleId: 'b',
              ruleIndex: 0,
              level: 'fatal',
              message: {},
              locations: [
                {
                  physicalLocation: {
                    artifactLocation: { uri: 'a b.md' },
                    region: { startLine: 0 },
                  },
                },
              ],
            },
          ],
        },
      ],
    };
    expect(checkSarif(broken)).toEqual([
      '$.runs[0].tool.driver.extra: is not a property of toolComponent',
      '$.runs[0].tool.driver.name: is required',
      '$.runs[0].results[0].message: needs text or id',
      '$.runs[0].results[0].ruleIndex: points at a, not b',
      '$.runs[0].results[0].level: is not a level',
      '$.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri: must be a URI (no spaces or backslashes)',
      '$.runs[0].results[0].locations[0].physicalLocation.region.startLine: must be an integer ≥ 1',
    ]);
  });
});

describe('formatGithub', () => {
  it('prints one workflow command per message', () => {
    expect(text(formatGithub, sampleResults(), sampleContext())).toBe(
      '::error file=postmortems/db-outage.md,line=1,col=1,title=required-sections::The postmortem has no "Root cause" section.\n' +
        '::warning file=postmortems/db-outage.md,line=9,col=1,endLine=9,endColumn=20,title=heading-case::Write this heading in sentence case.\n',
    );
  });

  it('escapes what the runner would read as syntax', () => {
    expect(escapeData('100% done\r\nnext: a, b')).toBe('100%25 done%0D%0Anext: a, b');
    expect(escapeProperty('dir,a:b%\n.md')).toBe('dir%2Ca%3Ab%25%0A.md');
    const results = [
      {
        filePath: `${CWD}/a,b:c.md`,
        result: buildResult([buildMessage({ message: 'line one\n::error::injected' })]),
      },
    ];
    expect(text(formatGithub, results, sampleContext())).toBe(
      '::warning file=a%2Cb%3Ac.md,line=12,col=3,title=timeline-times::line one%0A::error::injected\n',
    );
  });

  it('prints nothing without findings', () => {
    expect(text(formatGithub, sampleResults().slice(1), sampleContext())).toBe('');
  });
});
