// Only `FilterXSS` is imported by name: Node's CommonJS interop does not see js-xss's other
// exports (they are copied onto `module.exports` in a loop).
import { FilterXSS } from 'xss';
import { escapeHtml } from './escape-html.js';
import { ALLOWED_TAGS, REMOVED_WITH_CONTENT } from './html-policy.js';
import type { AttributeCheck } from './html-policy.js';

const REMOVED = new Set(REMOVED_WITH_CONTENT);

/**
 * Output ranges to cut because they lie inside a removed element, collected while js-xss
 * runs. Module state is safe here: `sanitizeHtml` is synchronous and resets it first.
 * (js-xss's own `stripIgnoreTagBody` leaves a visible `[removed]` behind for every
 * unclosed element, and cannot tell it from the same words in the author's text.)
 */
const removal = { depth: 0, start: 0, ranges: [] as [number, number][] };

/**
 * Built once: js-xss compiles its options in the constructor, and every Markdown body of
 * every page goes through this one instance.
 */
const filter = new FilterXSS({
  whiteList: Object.fromEntries(
    Object.entries(ALLOWED_TAGS).map(([tag, attrs]) => [tag, Object.keys(attrs)]),
  ),
  allowCommentTag: false,
  // Tags outside the list disappear; their text stays. Escaping them instead would show
  // `<font color=red>` to the reader of a document that merely used old HTML.
  onIgnoreTag: (tag, html, info) => {
    if (REMOVED.has(tag)) trackRemoval(info.position ?? 0, info.isClosing === true, html);
    return '';
  },
  onTag: (tag, html, info) => {
    if (tag !== 'input') return undefined;
    return info.isClosing === true ? '' : checkbox(html);
  },
  onTagAttr: (tag, name, value) => {
    const result = attributeCheck(tag, name)?.(value);
    if (result === undefined) return '';
    return result === true ? name : `${name}="${escapeHtml(result)}"`;
  },
});

/**
 * Makes untrusted HTML safe to place in a page: only the tags and attributes of
 * {@link ALLOWED_TAGS} survive, URLs must pass `safeUrl`, comments go, and every link gets
 * `rel="noopener noreferrer"`.
 *
 * @example
 * sanitizeHtml('<a href="javascript:alert(1)" onclick="x()">hi</a>');
 * // '<a rel="noopener noreferrer">hi</a>'
 */
export function sanitizeHtml(html: string): string {
  removal.depth = 0;
  removal.ranges = [];
  const filtered = cutRanges(filter.process(html), removal.ranges);
  // Safe as a plain replacement: after filtering, `<` only appears where a tag starts
  // (text and attribute values have it escaped), so this cannot match inside content.
  return filtered.replace(/<a(?=[\s>])/g, '<a rel="noopener noreferrer"');
}

/**
 * Removed elements nest as one family (`<svg><style>…</style></svg>` is one range). An
 * element left open removes only its tag: the text after it stays, as plain text, rather
 * than silently losing the rest of a section to a typo.
 */
function trackRemoval(position: number, closing: boolean, html: string): void {
  if (!closing) {
    if (html.endsWith('/>') || tagName(html) === 'embed' || tagName(html) === 'frame') return;
    if (removal.depth === 0) removal.start = position;
    removal.depth++;
  } else if (removal.depth > 0) {
    removal.depth--;
    if (removal.depth === 0) removal.ranges.push([removal.start, position]);
  }
}

function tagName(html: string): string {
  return /^<\/?([a-zA-Z][\w-]*)/.exec(html)?.[1]?.toLowerCase() ?? '';
}

function cutRanges(text: string, ranges: readonly [number, number][]): string {
  if (ranges.length === 0) return text;
  let out = '';
  let from = 0;
  for (const [start, end] of ranges) {
    out += text.slice(from, start);
    from = end;
  }
  return out + text.slice(from);
}

/**
 * Own properties only: a plain lookup would find `constructor` or `hasOwnProperty` on
 * Object.prototype and treat `<p hasOwnProperty=x>` as an allowed attribute.
 */
function attributeCheck(tag: string, name: string): AttributeCheck | undefined {
  const attrs = Object.hasOwn(ALLOWED_TAGS, tag) ? ALLOWED_TAGS[tag] : undefined;
  return attrs && Object.hasOwn(attrs, name) ? attrs[name] : undefined;
}

/**
 * An `<input>` survives only as a disabled checkbox, the shape task lists use. The tag is
 * rebuilt from scratch rather than filtered, so no other attribute can ride along.
 */
function checkbox(html: string): string {
  const attrs = new Map<string, string>();
  // Name, then an optional double-, single- or un-quoted value; quoted values are consumed
  // whole so that `title="checked"` is not mistaken for the `checked` attribute.
  const attribute = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;
  for (const m of html.replace(/^<input/i, '').matchAll(attribute)) {
    attrs.set((m[1] ?? '').toLowerCase(), m[2] ?? m[3] ?? m[4] ?? '');
  }
  if (attrs.get('type')?.trim().toLowerCase() !== 'checkbox') return '';
  return attrs.has('checked')
    ? '<input type="checkbox" checked disabled>'
    : '<input type="checkbox" disabled>';
}
