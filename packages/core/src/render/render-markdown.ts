import MarkdownIt from 'markdown-it';
import { safeUrl } from './safe-url.js';
import { sanitizeHtml } from './sanitize-html.js';
import { tableAlignmentPlugin } from './table-alignment.js';
import { taskListPlugin } from './task-list.js';

/**
 * One parser for the whole module: building markdown-it compiles its rule chains, which
 * costs far more than rendering a typical section.
 */
const markdown = createMarkdownIt();

function createMarkdownIt(): MarkdownIt {
  const md = new MarkdownIt('default', {
    // Real postmortems carry <img>, <div align=center>, <p> and <code>; the sanitiser, not
    // the parser, decides what of it survives.
    html: true,
    linkify: true,
    typographer: false,
  });
  // A link the sanitiser would strip is better left as the text the author wrote.
  md.validateLink = (url) =>
    safeUrl(url, 'link') !== undefined || safeUrl(url, 'image') !== undefined;
  md.use(taskListPlugin).use(tableAlignmentPlugin);
  return md;
}

/**
 * Renders Markdown (CommonMark plus GFM tables, strikethrough, autolinks and task lists,
 * with raw HTML allowed) to HTML that is safe to put in a page as it is.
 *
 * @example
 * renderMarkdown('Fixed by **rolling back**.'); // '<p>Fixed by <strong>rolling back</strong>.</p>\n'
 */
export function renderMarkdown(source: string): string {
  return sanitizeHtml(markdown.render(source));
}

/**
 * Renders one line of Markdown without a wrapping paragraph, for table cells, headings and
 * timeline entries. Safe to put in a page as it is.
 *
 * @example
 * renderInlineMarkdown('Restarted `nginx`'); // 'Restarted <code>nginx</code>'
 */
export function renderInlineMarkdown(source: string): string {
  return sanitizeHtml(markdown.renderInline(source));
}
