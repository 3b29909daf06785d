import { describe, expect, it } from 'vitest';
import { buildPostmortem } from '../model/index.js';
import { renderHtml } from './render-html.js';
import { samplePostmortem } from './test-support/sample-postmortem.js';

// Where renderHtml puts each generated block (see page-layout.ts), checked on whole pages.

/** The part of the page between two markers, for checks on placement. */
const between = (html: string, from: string, to: string): string => {
  const start = html.indexOf(from);
  const end = html.indexOf(to, start + from.length);
  expect(start, `missing ${from}`).toBeGreaterThanOrEqual(0);
  expect(end, `missing ${to} after ${from}`).toBeGreaterThan(start);
  return html.slice(start, end);
};

const headings = (html: string) =>
  [...html.matchAll(/<h([1-6]) id="([^"]*)">(.*?)<\/h\1>/g)].map(
    (m) => `h${m[1]} #${m[2]} ${m[3]}`,
  );

describe('renderHtml: layout rules', () => {
  it('maps section levels to heading levels, capped at h6, with level 0 as untitled text', () => {
    const page = renderHtml(
      buildPostmortem({
        title: 'Levels',
        sections: [
          { kind: 'other', heading: '', level: 0, body: 'Before any heading.' },
          { kind: 'summary', heading: 'One', level: 1, body: '' },
          { kind: 'impact', heading: 'Two', level: 2, body: '' },
          { kind: 'other', heading: 'Three', level: 3, body: '' },
          { kind: 'other', heading: 'Five', level: 5, body: '' },
          { kind: 'other', heading: 'Six', level: 6, body: '' },
        ],
      }),
    );
    expect(headings(page)).toEqual([
      'h1 #levels Levels',
      'h2 #one One',
      'h3 #two Two',
      'h4 #three Three',
      'h6 #five Five',
      'h6 #six Six',
    ]);
    expect(page.indexOf('<p>Before any heading.</p>')).toBeLessThan(page.indexOf('id="one"'));
  });

  it('gives repeated headings distinct, stable ids', () => {
    const model = buildPostmortem({
      title: 'Notes',
      sections: [
        { kind: 'other', heading: 'Notes', level: 1, body: '' },
        { kind: 'other', heading: 'Notes', level: 1, body: '' },
        { kind: 'other', heading: '`Ünïcode` & *more*', level: 1, body: '' },
      ],
    });
    const ids = headings(renderHtml(model)).map((h) => h.split(' ')[1]);
    expect(ids).toEqual(['#notes', '#notes-2', '#notes-3', '#unicode-more']);
    expect(renderHtml(model)).toBe(renderHtml(model));
  });

  it('puts the timeline after the first section when there is no timeline section', () => {
    const page = renderHtml(
      samplePostmortem({
        sections: [
          { kind: 'summary', heading: 'Summary', level: 1, body: 'S' },
          { kind: 'impact', heading: 'Impact', level: 1, body: 'I' },
        ],
      }),
    );
    const timeline = page.indexOf('<h2 id="timeline">Timeline</h2>');
    expect(timeline).toBeGreaterThan(page.indexOf('<p>S</p>'));
    expect(timeline).toBeLessThan(page.indexOf('id="impact"'));
  });

  it('puts the timeline right after the key facts when there are no sections', () => {
    const page = renderHtml(samplePostmortem({ sections: [] }));
    expect(page.indexOf('<h2 id="timeline">Timeline</h2>')).toBeGreaterThan(
      page.indexOf('class="key-facts"'),
    );
  });

  it('lists the timeline without a diagram when only one entry has a time', () => {
    const page = renderHtml(
      samplePostmortem({
        timeline: [{ time: '14:00', clock: '14:00', kind: 'detection', text: 'Seen' }],
      }),
    );
    expect(page).not.toContain('<svg');
    expect(page).toContain('<td>Seen</td>');
  });

  it('has no timeline block when there are no entries', () => {
    const page = renderHtml(samplePostmortem({ timeline: [] }));
    expect(page).not.toContain('class="timeline-table"');
  });

  it('puts action items under corrective measures, with a sub-heading, when there is no action-items section', () => {
    const page = renderHtml(
      samplePostmortem({
        sections: [
          { kind: 'summary', heading: 'Summary', level: 1, body: '' },
          { kind: 'corrective-measures', heading: 'Corrective Measures', level: 2, body: 'Plan.' },
          { kind: 'lessons-learned', heading: 'Lessons', level: 1, body: '' },
        ],
      }),
    );
    const section = between(page, '<section data-kind="corrective-measures">', '</section>');
    expect(section).toContain('<p>Plan.</p>\n<h4 id="action-items">Action items</h4>');
    expect(section).toContain('<table class="action-items">');
  });

  it('puts action items, whys and factors at the end under their own headings when no section fits', () => {
    const page = renderHtml(
      samplePostmortem({ sections: [{ kind: 'summary', heading: 'Summary', level: 1, body: '' }] }),
    );
    const tail = page.slice(page.indexOf('</section>', page.indexOf('data-kind="summary"')));
    expect(headings(tail)).toEqual([
      'h2 #five-whys Five whys',
      'h2 #contributing-factors Contributing factors',
      'h2 #action-items Action items',
      'h2 #follow-up-review Follow-up review',
    ]);
  });

  it('uses a five-whys section as the home of the whys', () => {
    const page = renderHtml(
      samplePostmortem({
        sections: [
          { kind: 'root-cause', heading: 'Root cause', level: 1, body: '' },
          { kind: 'five-whys', heading: '5 Whys', level: 2, body: '' },
        ],
      }),
    );
    const whys = between(page, '<section data-kind="five-whys">', '</section>');
    expect(whys).toContain('<ol class="whys">');
    expect(whys).not.toContain('id="five-whys-2"');
  });

  it('drops action-item columns that no item fills', () => {
    const page = renderHtml(
      samplePostmortem({ actionItems: [{ title: 'Write the runbook', status: 'open' }] }),
    );
    expect(page).toContain(
      '<thead><tr><th scope="col">Action</th><th scope="col">Status</th></tr></thead>',
    );
  });

  it('lists diagnostics as findings at the end, in line order', () => {
    const page = renderHtml(samplePostmortem(), {
      diagnostics: [
        { severity: 'warning', message: 'No owner for an action item', line: 40 },
        { severity: 'error', message: 'Invalid time "13:55 PM"', line: 12 },
      ],
    });
    const findings = page.slice(page.indexOf('<h2 id="findings">Findings</h2>'));
    expect(findings).toContain(
      '<li class="finding-error"><span class="badge finding-error">error</span> Line 12: Invalid time &quot;13:55 PM&quot;</li>\n<li class="finding-warning">',
    );
    expect(findings.indexOf('</main>')).toBeGreaterThan(findings.indexOf('Line 40'));
  });

  it('renders a minimal postmortem without empty blocks', () => {
    const page = renderHtml(buildPostmortem({ title: 'Just a title' }));
    expect(page).not.toContain('class="key-facts"');
    expect(page).not.toContain('<table');
    expect(page).not.toContain('id="findings"');
    expect(headings(page)).toEqual(['h1 #just-a-title Just a title']);
  });
});
