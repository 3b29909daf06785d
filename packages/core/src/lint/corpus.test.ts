import { describe, expect, it } from 'vitest';
import { hasCorpus, readCorpus } from '../test-support/corpus.js';
import { lintText } from './lint-text.js';
import type { LintMessage, ProfileName } from './types.js';

const corpus = hasCorpus() ? readCorpus() : [];
const byName = new Map(corpus.map((d) => [d.name, d.text]));

/** `line rule/messageId`, with the message's key datum when it has one. */
function finding(m: LintMessage): string {
  const detail = m.data?.['kind'] ?? m.data?.['part'] ?? m.data?.['name'] ?? m.data?.['phrase'];
  return `${m.line} ${m.ruleId}/${m.messageId}${detail !== undefined ? ` ${String(detail)}` : ''}`;
}

function lint(name: string, profile: ProfileName): string[] {
  const text = byName.get(name);
  if (text === undefined) throw new Error(`${name} is not in the corpus`);
  return lintText(text, { profile }, { fileName: name }).messages.map(finding);
}

describe.skipIf(!hasCorpus())('the corpus', () => {
  it('lints every document under every profile without a rule failing', () => {
    for (const doc of corpus) {
      for (const profile of ['holberton', 'standard', 'sre', 'minimal'] as const) {
        const result = lintText(doc.text, { profile });
        expect(
          result.messages.filter((m) => m.messageId === 'rule-error'),
          doc.name,
        ).toEqual([]);
        for (const m of result.messages) expect(m.message, doc.name).not.toMatch(/\{\w+\}/);
        expect(result.score.value).toBeGreaterThanOrEqual(0);
      }
    }
  });

  // Each finding below was checked against the file by reading it.
  it('hb_01: no root cause section, timeline lines that are not bullets, no misleading path', () => {
    expect(lint('hb_01.md', 'holberton')).toEqual([
      '1 required-sections/missing root-cause-and-resolution',
      '10 timeline-coverage/missing misleading',
      '11 timeline-bullets/notBullet',
      '13 timeline-bullets/notBullet',
      '15 timeline-bullets/notBullet',
      '17 timeline-bullets/notBullet',
      '19 timeline-bullets/notBullet',
      '21 timeline-bullets/notBullet',
      '23 timeline-bullets/notBullet',
    ]);
    expect(lint('hb_01.md', 'standard')).toContain('1 required-sections/missing root-cause');
  });

  it('hb_04: no corrective section, no timeline bullets, a time that does not lead, too short', () => {
    const found = lint('hb_04.md', 'holberton');
    expect(found).toEqual(
      expect.arrayContaining([
        '1 required-sections/missing corrective-measures',
        '1 word-count/tooShort',
        '3 impact-quantified/noPercent',
        '18 timeline-coverage/missing misleading',
        '18 timeline-coverage/missing escalation',
        '19 timeline-bullets/notBullet',
        '19 timeline-entry-time/notLeading',
      ]),
    );
    // It does have a Root Cause and Resolution section (in capitals, without Markdown).
    expect(found.filter((f) => f.includes('root-cause'))).toEqual([]);
  });

  it('hb_05: under 400 words, a summary without times, impact or cause, bare task list', () => {
    expect(lint('hb_05.md', 'holberton')).toEqual(
      expect.arrayContaining([
        '1 word-count/tooShort',
        '2 summary-duration/noTimes',
        '2 impact-quantified/noPercent',
        '2 root-cause-stated/notInSummary',
        '5 timeline-coverage/missing misleading',
        '5 timeline-coverage/missing escalation',
        '17 corrective-measures/noImprovements',
      ]),
    );
    // "An engineer was doing maintenance…" describes work, it does not blame.
    expect(lint('hb_05.md', 'standard').filter((f) => f.includes('blameless'))).toEqual([]);
  });

  it('hb_07: a complete graded postmortem has no findings', () => {
    expect(lint('hb_07.md', 'holberton')).toEqual([]);
  });

  it('hb_08: no time zone, no date, blaming jokes, a root cause without its resolution', () => {
    const found = lint('hb_08.md', 'holberton');
    expect(found).toEqual(
      expect.arrayContaining([
        '3 summary-duration/noZone',
        '3 summary-duration/noDate',
        '8 consistent-timezone/noZone',
        '28 required-sections/missingPart resolution',
      ]),
    );
    expect(lint('hb_08.md', 'standard').filter((f) => f.includes('blameless'))).toEqual([
      '5 blameless-language/personCause by our SRE',
      '5 blameless-language/personCause by our SRE',
      '30 blameless-language/personCause result of the SRE',
      '30 blameless-language/personalState hungover',
      '30 blameless-language/punishment banished',
      '40 blameless-language/personalState intoxicated',
      '40 blameless-language/personalState hung-over',
    ]);
    // `git blame` in the timeline is a command.
    expect(found.some((f) => f.startsWith('21 '))).toBe(false);
  });

  it('hb_02: the summary gives one end in GMT while the timeline is in WAT', () => {
    expect(lint('hb_02.md', 'holberton')).toEqual(
      expect.arrayContaining([
        '11 summary-duration/noEnd',
        '13 consistent-timezone/summaryZone',
        '26 required-sections/missingPart resolution',
      ]),
    );
  });

  it('hb_06: too long, and one 24-hour time among 12-hour ones that is not guessed', () => {
    const found = lint('hb_06.md', 'holberton');
    expect(found).toEqual(
      expect.arrayContaining(['1 word-count/tooLong', '78 timeline-time-format/ambiguous']),
    );
  });

  it('hb_18: an HTML timeline of <p> lines, and a summary that leaves the cause to a later section', () => {
    const found = lint('hb_18.md', 'holberton');
    expect(found.filter((f) => f.includes('timeline-bullets'))).toHaveLength(8);
    expect(found).toContain('1 root-cause-stated/notInSummary');
    // Start and end times with GMT+1 are given in its Duration sub-section.
    expect(found.filter((f) => f.includes('summary-duration'))).toEqual([]);
  });

  it('co_01: an unknown time written as --:-- and no impact section', () => {
    expect(lint('co_01.md', 'standard')).toEqual(
      expect.arrayContaining([
        '34 no-placeholder/placeholder',
        '1 required-sections/missing impact',
      ]),
    );
  });

  it('co_07: the five whys say a developer forgot', () => {
    expect(lint('co_07.md', 'standard').filter((f) => f.includes('blameless'))).toEqual([
      '131 blameless-language/forgot developer forgot to',
      '133 blameless-language/forgot developer forget to',
    ]);
  });

  it('the SRE book example: a status that is not a review state, no due dates', () => {
    const found = lint('google_sre_example_postmortem.md', 'standard');
    expect(found).toContain('11 valid-metadata/unknownStatus');
    expect(found.filter((f) => f.includes('action-item-fields'))).toHaveLength(9);
    // Footnote links such as [[163]](…) are not prompts.
    expect(found.filter((f) => f.includes('no-placeholder'))).toEqual([]);
  });

  it('the templates in the corpus are full of empty sections and prompts', () => {
    expect(lint('tpl_04.md', 'standard')).toEqual(
      expect.arrayContaining(['11 no-placeholder/placeholder', '31 no-placeholder/placeholder']),
    );
    expect(
      lint('tpl_01.md', 'sre').filter((f) => f.includes('no-empty-section')).length,
    ).toBeGreaterThan(10);
  });
});
