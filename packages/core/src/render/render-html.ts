import type { Postmortem, Section } from '../model/index.js';
import { renderActionItemsTable } from './action-items-table.js';
import { renderFindings, renderFollowUp } from './closing-blocks.js';
import type { RenderDiagnostic } from './closing-blocks.js';
import { escapeHtml } from './escape-html.js';
import { heading } from './html-fragments.js';
import { renderKeyFacts, renderPageHeader } from './page-header.js';
import { placeBlocks, renderPlacedBlocks } from './page-layout.js';
import type { PageBlock } from './page-layout.js';
import { PAGE_STYLES } from './page-styles.js';
import { renderInlineMarkdown, renderMarkdown } from './render-markdown.js';
import { renderContributingFactors, renderWhys } from './root-cause-lists.js';
import { createSlugger } from './slugify.js';
import { renderTimelineBlock } from './timeline-block.js';

export interface RenderHtmlOptions {
  /** Findings about the source document, listed at the end of the page. */
  diagnostics?: readonly RenderDiagnostic[];
  /** Name (and version) of the tool that made the page, for `<meta name="generator">`. */
  generator?: string;
}

/**
 * The page may load images and use its own embedded stylesheet, and nothing else: no script,
 * no fonts, no frames, no form posts, no `<base>` rewriting links.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; img-src https: http: data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

/**
 * Renders a postmortem as one standalone HTML5 page with embedded CSS (light, dark and
 * print) and no JavaScript. Metadata and key facts come first, then every section in order
 * (a level-L section gets an `<h{L+1}>` under the page's `<h1>`), with the timeline, the
 * root-cause lists, the action items and the follow-up placed after the sections they
 * belong to. Model strings are escaped; Markdown bodies go through the sanitiser.
 *
 * @example
 * const page = renderHtml(model, { generator: 'hindsight 0.1.0' });
 */
export function renderHtml(model: Postmortem, options: RenderHtmlOptions = {}): string {
  const slug = createSlugger();
  const header = renderPageHeader(model, slug(model.title));
  const keyFacts = renderKeyFacts(model, slug('Key facts'));
  const placed = placeBlocks(model.sections, pageBlocks(model, slug));
  const body = [
    renderPlacedBlocks(placed.get('start'), undefined, slug),
    ...model.sections.map((section, i) =>
      renderSection(section, renderPlacedBlocks(placed.get(i), section, slug), slug),
    ),
    renderPlacedBlocks(placed.get('end'), undefined, slug),
  ];
  const findings = renderFindings(options.diagnostics ?? []);
  const findingsSection = findings
    ? `<section class="findings-section">\n${heading(2, slug('Findings'), 'Findings')}\n${findings}\n</section>`
    : '';
  const generator = options.generator
    ? `<meta name="generator" content="${escapeHtml(options.generator)}">\n`
    : '';
  const footer = options.generator
    ? `<footer class="page-footer">Rendered by ${escapeHtml(options.generator)}.</footer>\n`
    : '';

  return (
    [
      '<!doctype html>',
      '<html lang="en">',
      '<head>',
      '<meta charset="utf-8">',
      '<meta name="viewport" content="width=device-width, initial-scale=1">',
      `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`,
      // Images hosted elsewhere should not learn where an internal postmortem lives.
      '<meta name="referrer" content="no-referrer">',
      '<meta name="color-scheme" content="light dark">',
      `${generator}<title>${escapeHtml(model.title)}</title>`,
      `<style>${PAGE_STYLES}</style>`,
      '</head>',
      '<body>',
      '<main class="postmortem">',
      header,
      keyFacts,
      ...body,
      findingsSection,
      '</main>',
      `${footer}</body>`,
      '</html>',
    ]
      .filter(Boolean)
      .join('\n') + '\n'
  );
}

function pageBlocks(model: Postmortem, slug: (text: string) => string): PageBlock[] {
  return [
    {
      title: 'Timeline',
      anchors: ['timeline'],
      own: ['timeline'],
      fallback: 'after-first-section',
      render: () => renderTimelineBlock(model.timeline, slug('Timeline diagram')),
    },
    {
      title: 'Five whys',
      anchors: ['five-whys', 'root-cause', 'root-cause-and-resolution'],
      own: ['five-whys'],
      fallback: 'end',
      render: () => renderWhys(model.rootCause.whys),
    },
    {
      title: 'Contributing factors',
      anchors: ['contributing-factors', 'root-cause', 'root-cause-and-resolution', 'five-whys'],
      own: ['contributing-factors'],
      fallback: 'end',
      render: () => renderContributingFactors(model.rootCause.contributingFactors),
    },
    {
      title: 'Action items',
      anchors: ['action-items', 'corrective-measures'],
      own: ['action-items'],
      fallback: 'end',
      render: () => renderActionItemsTable(model.actionItems),
    },
    {
      title: 'Follow-up review',
      anchors: ['follow-up-review'],
      own: ['follow-up-review'],
      fallback: 'end',
      render: () => renderFollowUp(model.followUp),
    },
  ];
}

/**
 * One section: heading (level L becomes `<h{L+1}>`, capped at `<h6>`; level 0 is text with
 * no heading), its Markdown body, then whatever generated blocks belong after it.
 */
function renderSection(
  section: Section,
  blocksHtml: string,
  slug: (text: string) => string,
): string {
  const body = renderMarkdown(section.body);
  if (section.level === 0) return `<div class="preamble">\n${body}${blocksHtml}\n</div>`;
  const title = section.heading.trim()
    ? heading(section.level + 1, slug(section.heading), renderInlineMarkdown(section.heading))
    : '';
  return [
    `<section data-kind="${escapeHtml(section.kind)}">`,
    title,
    body + blocksHtml,
    '</section>',
  ]
    .filter(Boolean)
    .join('\n');
}
