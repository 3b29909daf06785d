import { describe, expect, it } from 'vitest';
import { parsePostmortem } from './parse-postmortem.js';

const kinds = (text: string) => parsePostmortem(text).model.sections.map((s) => s.kind);

describe('headings people write', () => {
  it.each([
    ['ATX', '# T\n\n## Summary\n\nx\n\n## Timeline\n\n- 10:00 a', ['summary', 'timeline']],
    [
      'setext',
      'T\n=\n\nSummary\n-------\n\nx\n\nRoot cause\n----------\n\ny',
      ['summary', 'root-cause'],
    ],
    [
      'bold label alone',
      '# T\n\n**Issue Summary**\n\nx\n\n**Root Cause:**\ny',
      ['summary', 'root-cause'],
    ],
    [
      'bold label with text',
      '# T\n\n**Summary**: it broke.\n\n**Impact**: 5% of users.',
      ['summary', 'impact'],
    ],
    [
      'plain label line',
      '# T\n\nSummary:\nit broke.\n\nTimeline:\n10:00 alert',
      ['summary', 'timeline'],
    ],
    [
      'ALL CAPS',
      'My outage\n\nSUMMARY\nit broke.\n\nROOT CAUSE AND RESOLUTION\nfixed',
      ['summary', 'root-cause-and-resolution'],
    ],
    [
      'raw HTML',
      '<h1>T</h1>\n<h3>Issue Summary</h3>\n<p>x</p>\n\n<h3>Timeline</h3>\n<p>10:00 UTC: a</p>',
      ['summary', 'timeline'],
    ],
    [
      'numbered',
      '# T\n\n## 1. Summary\n\nx\n\n## 2) Lessons learned\n\ny',
      ['summary', 'lessons-learned'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  it.each([
    ['Issue Summary', 'summary'],
    ['Incident Summary', 'summary'],
    ['Overview', 'summary'],
    ['Root cause analysis', 'root-cause'],
    ['Root Cause & Resolution', 'root-cause-and-resolution'],
    ['Corrective and Preventive measures', 'corrective-measures'],
    ['Corrective/Preventative measures', 'corrective-measures'],
    ['Remediation', 'corrective-measures'],
    ['Action Items', 'action-items'],
    ['Next steps', 'action-items'],
    ['Key Takeaways', 'key-takeaways'],
    ['Lessons Learned', 'lessons-learned'],
    ['Timeline (all times approximate)', 'timeline'],
    ['Resolution and recovery', 'resolution'],
    ['What went well', 'what-went-well'],
    ["What Didn't Work", 'what-went-wrong'],
    ['Five Whys', 'five-whys'],
    ['Follow-up Review', 'follow-up-review'],
    ['Appendix', 'appendix'],
    ['A story about cats', 'other'],
  ])('"%s" is a %s section', (heading, kind) => {
    expect(kinds(`# T\n\n## ${heading}\n\nx`)).toEqual([kind]);
  });

  it('keeps a section it does not know, with its heading as written', () => {
    const { model } = parsePostmortem('# T\n\n## Glossary of terms\n\nA word.');
    expect(model.sections).toEqual([
      { kind: 'other', heading: 'Glossary of terms', level: 2, body: 'A word.' },
    ]);
  });

  it('keeps text before the first heading as an untitled introduction', () => {
    const { model } = parsePostmortem('# T\n\nWhy we write this.\n\n## Summary\n\nx');
    expect(model.sections[0]).toEqual({
      kind: 'introduction',
      heading: '',
      level: 0,
      body: 'Why we write this.',
    });
  });
});

describe('titles', () => {
  it.each([
    ['the first H1', '# Checkout outage\n\n## Summary\n\nx', 'Checkout outage'],
    [
      'a subtitle under a generic heading',
      'Postmortem\n==========\n\nDisk full (incident #12)\n------\n\n**Summary**: x',
      'Disk full (incident #12)',
    ],
    [
      'a bold first line',
      '**Postmortem: cache outage**\n\n---\n\n### Summary\n\nx',
      'Postmortem: cache outage',
    ],
    ['a short plain first line', 'Apache returned 500s\n\nSUMMARY\nx', 'Apache returned 500s'],
    ['front matter', '---\ntitle: From YAML\n---\n# From YAML\n\n## Summary\n\nx', 'From YAML'],
  ])('from %s', (_name, text, title) => {
    expect(parsePostmortem(text).model.title).toBe(title);
  });

  it('falls back to the file name, and says so', () => {
    const result = parsePostmortem('## Summary\n\nx', { fileName: 'posts/db-failover.md' });
    expect(result.model.title).toBe('db failover');
    expect(result.diagnostics).toContainEqual(
      expect.objectContaining({ code: 'missing-title', line: 1 }),
    );
  });
});

describe('timelines', () => {
  const timeline = (
    body: string,
    head = '---\ndate: 2024-03-01\ntimezone: UTC\n---\n## Timeline\n\n',
  ) => parsePostmortem(head + body).model.timeline;

  it('reads bullets with times in many styles', () => {
    const entries = timeline(
      '- 10:00 a\n- **10:05 UTC** - b\n- *10:10* – c\n- [10:15] d\n- 10:20: e',
    );
    expect(entries.map((e) => [e.time, e.clock, e.text])).toEqual([
      ['10:00', '10:00', 'a'],
      ['10:05 UTC', '10:05', 'b'],
      ['10:10', '10:10', 'c'],
      ['[10:15]', '10:15', 'd'],
      ['10:20', '10:20', 'e'],
    ]);
  });

  it('reads a table used as a timeline', () => {
    const entries = timeline(
      '| Time | Event |\n|---|---|\n| 14:23 | Alert fired |\n| 14:30 | Rolled back |',
    );
    expect(entries.map((e) => [e.time, e.text, e.kind])).toEqual([
      ['14:23', 'Alert fired', 'detection'],
      ['14:30', 'Rolled back', 'mitigation'],
    ]);
  });

  it('reads entries written as paragraphs, one per line or blank-line separated', () => {
    expect(
      timeline('07:31 PM - Outage begins.\n\n07:33 PM - Alert fired.').map((e) => e.clock),
    ).toEqual(['19:31', '19:33']);
  });

  it('splits a run-on paragraph at each entry time', () => {
    const entries = timeline(
      '2100hrs WAT: Issue was detected. 2105hrs WAT: Checked the logs 2108hrs WAT: Escalated to the DBA.',
    );
    expect(entries.map((e) => [e.time, e.text])).toEqual([
      ['2100hrs WAT', 'Issue was detected.'],
      ['2105hrs WAT', 'Checked the logs'],
      ['2108hrs WAT', 'Escalated to the DBA.'],
    ]);
    expect(entries[0]?.at).toBe('2024-03-01T21:00:00+01:00');
  });

  it('finds a time that does not lead its entry', () => {
    const [entry] = timeline('At 3:15 PM the disk alert fired.');
    expect(entry).toMatchObject({ time: '3:15 PM', clock: '15:15', kind: 'detection' });
  });

  it('keeps nested sub-bullets and code in the entry they belong to', () => {
    const [first, second] = timeline(
      '- 10:00 Restarted the proxy\n  - it came back\n  - then died\n\n```\nlog line\n```\n\n- 10:05 Fixed',
    );
    expect(first?.text).toBe(
      'Restarted the proxy\n- it came back\n- then died\n\n```\nlog line\n```',
    );
    expect(second?.text).toBe('Fixed');
  });

  it('gives entries after midnight the next day', () => {
    const entries = timeline('- 23:50 Deploy\n- 00:10 Errors\n- 01:00 Fixed');
    expect(entries.map((e) => e.date)).toEqual(['2024-03-01', '2024-03-02', '2024-03-02']);
  });

  it('uses the zone stated once for the whole timeline', () => {
    const entries = timeline(
      'All times in Pacific Time.\n\n- 09:00 a\n- 09:30 b',
      '---\ndate: 2024-07-04\n---\n## Timeline\n\n',
    );
    expect(entries.map((e) => e.at)).toEqual([
      '2024-07-04T09:00:00-07:00',
      '2024-07-04T09:30:00-07:00',
    ]);
  });

  it('dates entries from per-day headings', () => {
    const entries = timeline('### 2024-03-01\n\n- 22:00 a\n\n### 2024-03-03\n\n- 08:00 b');
    expect(entries.map((e) => e.date)).toEqual(['2024-03-01', '2024-03-03']);
  });

  it('reads entries hidden in an indented code block', () => {
    expect(timeline('    12:59:00: merged\n    13:00:00: site down').map((e) => e.clock)).toEqual([
      '12:59:00',
      '13:00:00',
    ]);
  });

  it('recovers an invalid 12-hour time and reports it on its line', () => {
    const result = parsePostmortem(
      '---\ndate: 2024-03-01\n---\n## Timeline\n\n- 10:00 a\n- 13:55 PM b',
    );
    expect(result.model.timeline[1]?.clock).toBe('13:55');
    expect(result.diagnostics).toContainEqual(
      expect.objectContaining({ code: 'invalid-meridiem', line: 7 }),
    );
  });

  it('reads separate Date and Time columns as one stamp', () => {
    const entries = timeline(
      '| Date | Time | What |\n|---|---|---|\n| 2024-03-01 | 14:05 | Alert |\n| 2024-03-02 | 09:00 | Fixed |',
    );
    expect(entries.map((e) => [e.time, e.at])).toEqual([
      ['2024-03-01 14:05', '2024-03-01T14:05:00Z'],
      ['2024-03-02 09:00', '2024-03-02T09:00:00Z'],
    ]);
  });

  it('reads entries written as timed sub-headings, with their paragraphs', () => {
    const { model } = parsePostmortem(
      '---\ndate: 2024-03-01\n---\n## Timeline\n\n### 10:05 Rolled back\n\nIt took a while.\n\n### 10:30 Stable\n\n## Root cause\n\nx',
    );
    expect(model.timeline.map((e) => [e.clock, e.text])).toEqual([
      ['10:05', 'Rolled back\n\nIt took a while.'],
      ['10:30', 'Stable'],
    ]);
    expect(model.sections.map((s) => s.kind)).toEqual(['timeline', 'root-cause']);
  });

  it('reads entries led by a date instead of a time, but not a date standing alone', () => {
    const entries = timeline(
      '2024-02-28\n\n- Nov 29: scaled the cluster down\n- **2024-12-03** teams asked to scale down',
    );
    expect(entries.map((e) => [e.time, e.date, e.clock])).toEqual([
      ['Nov 29', '2024-11-29', undefined],
      ['2024-12-03', '2024-12-03', undefined],
    ]);
  });

  it('keeps an entry without a time, with an empty time', () => {
    expect(timeline('- 10:00 a\n- then b')).toMatchObject([
      { time: '10:00' },
      { time: '', text: 'then b' },
    ]);
  });
});

describe('documents as files arrive', () => {
  const lf = '# T\n\n## Summary\n\nLine one.\n\n## Timeline\n\n- 10:00 a\n';

  it('reads CRLF, lone CR and a BOM like LF', () => {
    const expected = parsePostmortem(lf).model;
    expect(parsePostmortem(`\uFEFF${lf.replace(/\n/g, '\r\n')}`).model).toEqual(expected);
    expect(parsePostmortem(lf.replace(/\n/g, '\r')).model).toEqual(expected);
  });

  it('reads TOML front matter', () => {
    const { model, source } = parsePostmortem(
      '+++\ntitle = "From TOML"\nauthors = ["ann"]\n[extra]\nteam = "sre"\n+++\n\n## Summary\n\nx',
    );
    expect(source.frontMatter).toBe('toml');
    expect(model).toMatchObject({
      title: 'From TOML',
      authors: ['ann'],
      extra: { extra: { team: 'sre' } },
    });
  });

  it('reports broken YAML with its line and still reads the body', () => {
    const result = parsePostmortem(
      '---\ntitle: x\nauthors: [a, b\n---\n# Body title\n\n## Summary\n\ny',
    );
    expect(result.diagnostics).toContainEqual(
      expect.objectContaining({ code: 'front-matter-syntax', severity: 'error' }),
    );
    expect(result.diagnostics[0]?.line).toBeGreaterThanOrEqual(3);
    expect(result.model.title).toBe('Body title');
  });

  it('names a bad front-matter field and its line, and keeps the value', () => {
    const result = parsePostmortem('---\ntitle: x\nseverity: apocalyptic\ndate: 2023-02-30\n---\n');
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        code: 'invalid-field',
        line: 3,
        message: expect.stringContaining('severity'),
      }),
      expect.objectContaining({
        code: 'invalid-field',
        line: 4,
        message: expect.stringContaining('date'),
      }),
    ]);
    expect(result.model.extra).toMatchObject({ severity: 'apocalyptic', date: '2023-02-30' });
  });

  it('reads SEV and P levels and statuses people write', () => {
    const { model } = parsePostmortem(
      '# T\n\n**Severity:** SEV1\n**Status:** Under Review\n**Authors:** ann, bob',
    );
    expect(model).toMatchObject({
      severity: 'critical',
      status: 'in-review',
      authors: ['ann', 'bob'],
    });
  });

  it.each([
    ['empty', ''],
    ['whitespace', ' \n\t\n'],
    ['only front matter', '---\n---\n'],
    ['unclosed fence', '```\n# not a heading'],
    ['binary-looking', '\u0000\u0001\u0002 ## x \uFFFF'],
    ['huge', `# T\n\n## Timeline\n\n${'- 10:00 a very long line '.repeat(40_000)}`],
  ])('never throws on %s input', (_name, text) => {
    const result = parsePostmortem(text);
    expect(result.model.title.length).toBeGreaterThan(0);
    expect(result.diagnostics.map((d) => d.code)).not.toContain('internal-error');
  });
});

describe('structured lists', () => {
  it('reads action items with their fields from a task list', () => {
    const { model, source } = parsePostmortem(
      '# T\n\n## Action Items\n\n- [ ] Add an alert on disk\n  - Owner: ann\n  - Due: 2024-04-01\n  - Type: detect\n- [x] Patch the proxy (owner: bob)\n',
    );
    expect(model.actionItems).toEqual([
      {
        title: 'Add an alert on disk',
        owner: 'ann',
        due: '2024-04-01',
        type: 'detect',
        status: 'open',
      },
      { title: 'Patch the proxy', owner: 'bob', status: 'done' },
    ]);
    expect(source.actionItems).toEqual([{ line: 5 }, { line: 9 }]);
  });

  it('reads action items from a table by its column names', () => {
    const { model } = parsePostmortem(
      '# T\n\n## Action Items\n\n| Action | Owner | Due | Status |\n|---|---|---|---|\n| Add load shedding | ann | 2024-05-01 | in progress |',
    );
    expect(model.actionItems).toEqual([
      { title: 'Add load shedding', owner: 'ann', due: '2024-05-01', status: 'in-progress' },
    ]);
  });

  it('reads the five whys and contributing factors', () => {
    const { model } = parsePostmortem(
      '# T\n\n## Contributing Factors\n\n- No alert on disk usage\n- A deploy during peak traffic\n\n## Five Whys\n\n1. **Why did it crash?** The pool ran out.\n2. **Why?** Traffic doubled.',
    );
    expect(model.rootCause.contributingFactors).toEqual([
      { text: 'No alert on disk usage', category: 'monitoring' },
      { text: 'A deploy during peak traffic', category: 'capacity' },
    ]);
    expect(model.rootCause.whys).toEqual([
      { question: 'Why did it crash?', answer: 'The pool ran out.' },
      { question: 'Why?', answer: 'Traffic doubled.' },
    ]);
  });
});
