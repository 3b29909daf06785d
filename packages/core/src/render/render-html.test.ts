import { describe, expect, it } from 'vitest';
import { buildPostmortem } from '../model/index.js';
import { CONTENT_SECURITY_POLICY, renderHtml } from './render-html.js';
import { samplePostmortem } from './test-support/sample-postmortem.js';
import { XSS_PAYLOADS, findUnsafeMarkup } from './test-support/unsafe-markup.js';

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

describe('renderHtml: the document', () => {
  const page = renderHtml(samplePostmortem(), { generator: 'hindsight 0.1.0' });

  it('is a standalone HTML5 page with charset, viewport and a script-forbidding CSP', () => {
    expect(
      page.startsWith('<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">'),
    ).toBe(true);
    expect(page).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(page).toContain(
      `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`,
    );
    expect(CONTENT_SECURITY_POLICY).toMatch(
      /^default-src 'none'; img-src https: http: data:; style-src 'unsafe-inline'(;|$)/,
    );
    expect(CONTENT_SECURITY_POLICY).not.toContain('script-src');
    expect(page).toContain('<meta name="generator" content="hindsight 0.1.0">');
    expect(page.trimEnd().endsWith('</html>')).toBe(true);
  });

  it('has no JavaScript at all', () => {
    expect(page).not.toMatch(/<script|javascript:|\son[a-z]+=/i);
  });

  it('embeds CSS with dark mode and a print stylesheet', () => {
    const css = between(page, '<style>', '</style>');
    expect(css).toContain('@media (prefers-color-scheme: dark)');
    expect(css).toContain('@media print');
    expect(css).toMatch(/max-width: \d/);
    // Print comes after dark mode so that it wins when both apply.
    expect(css.indexOf('@media print')).toBeGreaterThan(css.indexOf('prefers-color-scheme: dark'));
  });

  it('shows the title in <title> and as the only <h1>', () => {
    expect(page).toContain('<title>Checkout errors after a configuration push</title>');
    expect(headings(page).filter((h) => h.startsWith('h1'))).toEqual([
      'h1 #checkout-errors-after-a-configuration-push Checkout errors after a configuration push',
    ]);
  });

  it('lists the metadata', () => {
    const meta = between(page, '<dl class="meta">', '</dl>');
    expect(meta).toContain('<dt>Date</dt><dd><time datetime="2024-03-20">2024-03-20</time></dd>');
    expect(meta).toContain('<span class="badge severity-high">High</span>');
    expect(meta).toContain('<span class="badge status-in-review">In review</span>');
    expect(meta).toContain('<dd>Ada Example, Grace Example</dd>');
    expect(meta).toContain('<dt>Reviewers</dt><dd>Lin Example</dd>');
    expect(meta).toContain('<dt>Services</dt><dd>checkout, payments</dd>');
    expect(meta).toContain('<dt>Duration</dt><dd>1 h 50 min</dd>');
    expect(meta).toContain('<dt>Time zone</dt><dd>Europe/Berlin</dd>');
  });

  it('shows the key facts that are present, with incident times in their zone', () => {
    const facts = between(page, '<section class="key-facts"', '</section>');
    expect(facts).toContain('<dt>Users affected</dt><dd>23.5% (48,200 users)</dd>');
    expect(facts).toContain('<dt>Failed requests</dt><dd>1,200,345</dd>');
    expect(facts).toContain('<dt>Revenue</dt><dd>$12,000</dd>');
    expect(facts).toContain('<dt>Services affected</dt><dd>checkout</dd>');
    expect(facts).toContain('<dt>Degradation</dt><dd>Partial outage</dd>');
    expect(facts).toContain(
      '<dt>Impact began</dt><dd><time datetime="2024-03-20T23:05:00+01:00">2024-03-20 23:05 Europe/Berlin</time></dd>',
    );
    expect(facts).not.toContain('Customers affected');
  });

  it('renders sections in order, each level one below the page title', () => {
    expect(headings(page)).toEqual([
      'h1 #checkout-errors-after-a-configuration-push Checkout errors after a configuration push',
      'h2 #key-facts Key facts',
      'h2 #issue-summary Issue Summary',
      'h2 #timeline Timeline',
      'h2 #root-cause Root Cause',
      'h3 #five-whys Five whys',
      'h3 #contributing-factors Contributing factors',
      'h2 #action-items Action Items',
      'h2 #lessons-learned Lessons Learned',
      'h2 #follow-up-review Follow-up review',
    ]);
    expect(page).toContain('<p>Checkout failed for <strong>23%</strong> of users.</p>');
  });

  it('puts the diagram and the list inside the timeline section, after its text', () => {
    const section = between(page, '<section data-kind="timeline">', '</section>');
    expect(section.indexOf('<p>All times are CET.</p>')).toBeLessThan(section.indexOf('<figure'));
    expect(section).toContain('<figure class="timeline-chart"><svg');
    expect(section).toContain(
      '<td class="time"><time datetime="2024-03-20T23:17:00+01:00">23:17</time></td><td><span class="badge kind kind-detection">Detection</span></td><td>Alert <strong>CheckoutErrors</strong> fires</td>',
    );
    // The untimed entry is in the list but not in the diagram.
    expect(section).toContain('<td>Status page updated</td>');
    expect(section).not.toContain('data-entry="3"');
  });

  it('puts the whys and contributing factors after the root-cause section text', () => {
    const section = between(page, '<section data-kind="root-cause">', '</section>');
    expect(section).toContain(
      '<ol class="whys">\n<li><strong>Why did checkout fail?</strong><br>The <code>payments.timeout</code> key was missing.</li>',
    );
    expect(section).toContain(
      '<li>No canary stage for configuration <span class="badge factor-category">Process</span></li>',
    );
  });

  it('shows action items as a table after the action-items section', () => {
    const section = between(page, '<section data-kind="action-items">', '</section>');
    expect(section).toContain(
      '<thead><tr><th scope="col">Action</th><th scope="col">Type</th><th scope="col">Owner</th><th scope="col">Due</th><th scope="col">Status</th><th scope="col">Priority</th><th scope="col">Link</th></tr></thead>',
    );
    expect(section).toContain('<span class="badge status-in-progress">In progress</span>');
    expect(section).toContain('<span class="badge priority-high">High</span>');
    expect(section).toContain(
      '<a href="https://tracker.example.com/OPS-123" rel="noopener noreferrer">tracker.example.com/OPS-123</a>',
    );
    expect(section).toContain('<td>OPS-124</td>');
  });

  it('ends with the follow-up review', () => {
    const end = page.slice(page.indexOf('id="follow-up-review"'));
    expect(end).toContain(
      '<dt>Review date</dt><dd><time datetime="2024-04-20">2024-04-20</time></dd>',
    );
    expect(end).toContain('<dt>Attendees</dt><dd>Ada Example, Lin Example</dd>');
  });
});

describe('renderHtml: untrusted content', () => {
  it.each(XSS_PAYLOADS)('neutralises %j wherever a model string can hold it', (payload) => {
    const model = buildPostmortem({
      title: payload,
      authors: [payload],
      reviewers: [payload],
      services: [payload],
      tags: [payload],
      timezone: payload.slice(0, 64),
      impact: { revenue: payload, servicesAffected: [payload] },
      detection: { method: payload },
      rootCause: {
        trigger: payload,
        rootCause: payload,
        whys: [{ question: payload, answer: payload }],
        contributingFactors: [{ text: payload }],
      },
      timeline: [
        { time: payload, clock: '10:00', kind: 'detection', text: payload },
        { time: '10:05', clock: '10:05', kind: 'action', text: `Then ${payload}` },
      ],
      actionItems: [
        { title: payload, owner: payload, link: payload, notes: payload, status: 'open' },
        { title: 'x', owner: 'y', link: 'javascript:alert(1)', status: 'open' },
      ],
      followUp: { attendees: [payload] },
      sections: [
        { kind: 'summary', heading: payload, level: 1, body: payload },
        { kind: 'timeline', heading: 'Timeline', level: 1, body: `* ${payload}` },
        { kind: 'other', heading: 'Table', level: 1, body: `| a |\n|---|\n| ${payload} |` },
      ],
    });
    const page = renderHtml(model, {
      generator: payload,
      diagnostics: [{ severity: payload, message: payload, line: 1 }],
    });
    expect(findUnsafeMarkup(page, { allowStructuralTags: true })).toEqual([]);
    // Apart from the page's own head and diagram, no structural tag may appear.
    const main = between(page, '<main', '</main>').replace(
      /<figure class="timeline-chart">.*?<\/figure>/s,
      '',
    );
    expect(findUnsafeMarkup(main)).toEqual([]);
  });

  it('escapes HTML in the title, timeline text and action item owners', () => {
    const page = renderHtml(
      samplePostmortem({
        title: 'Outage <img src=x onerror=alert(1)>',
        timeline: [
          {
            time: '10:00',
            clock: '10:00',
            kind: 'detection',
            text: 'Saw <script>alert(1)</script>',
          },
          { time: '10:05', clock: '10:05', kind: 'action', text: 'Fixed' },
        ],
        actionItems: [{ title: 'T', owner: '<b onclick="x()">Mallory</b>', status: 'open' }],
      }),
    );
    expect(page).toContain('<title>Outage &lt;img src=x onerror=alert(1)&gt;</title>');
    expect(page).toContain('<td>&lt;b onclick=&quot;x()&quot;&gt;Mallory&lt;/b&gt;</td>');
    expect(page).toContain('<td>Saw </td>');
  });
});

describe('renderHtml: size', () => {
  it('renders a 5,000-word document completely', () => {
    const paragraph =
      'The deploy pipeline pushed a configuration change that renamed a key, and the checkout service fell back to a default timeout that was far too short for the payment provider. ';
    const body = Array.from(
      { length: 30 },
      (_, i) =>
        `${paragraph.repeat(5)}\n\n- item ${i} with \`code\` and a [link](https://example.com/${i})\n`,
    ).join('\n');
    const sections = Array.from({ length: 5 }, (_, i) => ({
      kind: 'other' as const,
      heading: `Part ${i + 1}`,
      level: 1,
      body,
    }));
    const words = sections.reduce((n, s) => n + s.body.split(/\s+/).length, 0);
    expect(words).toBeGreaterThan(5000);
    const page = renderHtml(samplePostmortem({ sections }));
    expect(page.match(/<section data-kind="other">/g)).toHaveLength(5);
    expect(
      page.match(/<a rel="noopener noreferrer" href="https:\/\/example.com\/\d+">/g),
    ).toHaveLength(150);
  });
});
