import { standardTemplate } from '@hindsight/core/templates';
import { serialisePostmortem } from '@hindsight/core/markdown';
import { describe, expect, it } from 'vitest';
import { lintDocument, placeLines } from './lint-document.js';

const model = standardTemplate.build({ title: 'Cache stampede', date: '2026-11-20' });
const markdown = serialisePostmortem(model);
const lines = markdown.split('\n');
const place = placeLines(lines, model);
/** The 1-based line of the serialised document that contains `text`. */
const lineOf = (text: string) => lines.findIndex((l) => l.includes(text)) + 1;

describe('placeLines', () => {
  it('puts a line of a structured list on its row', () => {
    const rows: readonly (readonly [string, string])[] = [
      ['[A condition that made the incident', 'rootCause.contributingFactors.0'],
      ['[Acknowledged: on-call starts', 'timeline.2'],
      ['[Respond faster: tooling', 'actionItems.2'],
      ['Why was that possible?', 'rootCause.whys.2'],
    ];
    for (const [text, field] of rows) {
      expect(place(lineOf(text)), text).toEqual({ kind: 'field', field });
    }
  });

  it('puts a line of prose on its line in the section that wrote it', () => {
    const index = model.sections.findIndex((s) => s.heading === 'Timeline');
    expect(place(lineOf('[One entry per event'))).toEqual({ kind: 'section', index, line: 3 });
  });

  it('puts a front-matter line on its key', () => {
    expect(place(lineOf('visibility:'))).toEqual({ kind: 'field', field: 'visibility' });
  });
});

describe('lintDocument', () => {
  it('sends a missing follow-up and an unknown detection method to their fields', () => {
    const holberton = {
      ...model,
      timeline: [
        { time: '10:05', kind: 'detection' as const, text: 'Errors seen on the web tier' },
      ],
    };
    const standard = lintDocument(model, 'standard').findings;
    expect(standard.find((f) => f.ruleId === 'follow-up-scheduled')?.place).toEqual({
      kind: 'field',
      field: 'followUp.reviewDate',
    });
    const graded = lintDocument(holberton, 'holberton').findings;
    const coverage = graded.filter((f) => f.ruleId === 'timeline-coverage');
    expect(coverage.map((f) => f.place)).toContainEqual({
      kind: 'field',
      field: 'detection.source',
    });
    const withSource = lintDocument(
      { ...holberton, detection: { source: 'monitoring' } },
      'holberton',
    );
    expect(
      withSource.findings.filter((f) => f.message.includes('how the problem was detected')),
    ).toEqual([]);
  });
});
