import { describe, expect, it } from 'vitest';
import { parsePostmortem } from '../../markdown/index.js';
import { DocumentPeople, isSeparator, nameParts } from './document-people.js';

describe('DocumentPeople', () => {
  it('knows the lower-cased parts of people’s names, not teams or prompts', () => {
    const { model } = parsePostmortem(
      [
        '---',
        'authors: [Ann Lee, "[Your name]", Payments Team]',
        'reviewers: ["Zoë, Dan"]',
        '---',
        '',
        '# Outage',
        '',
      ].join('\n'),
    );
    expect([...new Set(new DocumentPeople(model).names)].sort()).toEqual([
      'ann',
      'dan',
      'lee',
      'zoë',
    ]);
  });

  it('gives the same names for a name seen before in another document', () => {
    const first = parsePostmortem('---\nauthors: [Kim Park, Ops Team]\n---\n\n# One\n').model;
    const second = parsePostmortem('---\nreviewers: [Ops Team, Kim Park, Lee]\n---\n\n# Two\n');
    expect([...new Set(new DocumentPeople(first).names)].sort()).toEqual(['kim', 'park']);
    expect([...new Set(new DocumentPeople(second.model).names)].sort()).toEqual([
      'kim',
      'lee',
      'park',
    ]);
  });

  it('knows a lower-cased word of a name', () => {
    const { model } = parsePostmortem('---\nauthors: [Ann Lee, Payments Team]\n---\n\n# Outage\n');
    const people = new DocumentPeople(model);
    expect([people.knows('ann'), people.knows('lee'), people.knows('Ann')]).toEqual([
      true,
      true,
      false,
    ]);
    expect([people.knows('payments'), people.knows('an')]).toEqual([false, false]);
  });

  it('leaves out names of more than three parts, and one-letter parts', () => {
    const { model } = parsePostmortem('---\nauthors: [A B C D E, J. R. Smith]\n---\n\n# Outage\n');
    expect([...new Set(new DocumentPeople(model).names)].sort()).toEqual(['j.', 'r.', 'smith']);
  });
});

describe('nameParts', () => {
  it('splits as name.split(/[\\s,]+/) keeping the parts longer than one character', () => {
    for (const name of [
      'ann lee',
      ' ann,, lee ',
      'a\u00a0bc\u2003de\tf\nxy',
      '',
      ',',
      'zoë\u3000dan',
    ]) {
      expect(nameParts(name)).toEqual(name.split(/[\s,]+/).filter((p) => p.length > 1));
    }
  });

  it('takes as separators exactly a comma and what \\s matches', () => {
    for (let c = 0; c <= 0xffff; c++) {
      expect(isSeparator(c)).toBe(/[\s,]/.test(String.fromCharCode(c)));
    }
  });
});
