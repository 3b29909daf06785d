import { decodeEntities } from './decode-entities.js';
import { safeUrl } from './safe-url.js';

/**
 * Checks one attribute value. Returns the value to write (unescaped; the caller escapes it),
 * `true` to write the attribute without a value, or `undefined` to drop it.
 */
export type AttributeCheck = (value: string) => string | true | undefined;

const text: AttributeCheck = (value) => decodeEntities(value);
const flag: AttributeCheck = () => true;
const link: AttributeCheck = (value) => safeUrl(value, 'link');
const image: AttributeCheck = (value) => safeUrl(value, 'image');
const count: AttributeCheck = (value) =>
  /^\d{1,4}$/.test(value.trim()) ? value.trim() : undefined;
const size: AttributeCheck = (value) =>
  /^\d{1,5}%?$/.test(value.trim()) ? value.trim() : undefined;
const align: AttributeCheck = (value) => {
  const v = value.trim().toLowerCase();
  return ['left', 'center', 'right', 'justify'].includes(v) ? v : undefined;
};

/** Keeps only the listed class names, so user HTML cannot borrow the page's own classes. */
function classes(...allowed: string[]): AttributeCheck {
  return (value) => {
    const kept = value.split(/\s+/).filter((name) => allowed.includes(name));
    return kept.length > 0 ? kept.join(' ') : undefined;
  };
}

// markdown-it marks fenced code with `language-<info>`; nothing else may set a class on code.
const codeLanguage: AttributeCheck = (value) =>
  /^language-[\w+#.-]{1,40}$/.test(value.trim()) ? value.trim() : undefined;

const cell = { align, colspan: count, rowspan: count };
const block = { align };

/**
 * The tags user Markdown and HTML may produce, each with the attributes it may carry. Tags
 * not listed are removed (their text stays); attributes not listed are removed. There is no
 * `style`, no `id`, no `class` beyond the few fixed names below, and no event handler.
 */
export const ALLOWED_TAGS: Readonly<Record<string, Readonly<Record<string, AttributeCheck>>>> = {
  h1: block,
  h2: block,
  h3: block,
  h4: block,
  h5: block,
  h6: block,
  p: block,
  div: block,
  span: {},
  br: {},
  hr: {},
  ul: { class: classes('contains-task-list') },
  ol: { start: count, class: classes('contains-task-list') },
  li: { class: classes('task-list-item') },
  dl: {},
  dt: {},
  dd: {},
  table: {},
  caption: {},
  thead: {},
  tbody: {},
  tfoot: {},
  tr: {},
  th: cell,
  td: cell,
  pre: {},
  code: { class: codeLanguage },
  kbd: {},
  samp: {},
  blockquote: {},
  em: {},
  i: {},
  strong: {},
  b: {},
  del: {},
  s: {},
  ins: {},
  u: {},
  mark: {},
  small: {},
  sup: {},
  sub: {},
  abbr: { title: text },
  details: { open: flag },
  summary: {},
  a: { href: link, title: text },
  img: { src: image, alt: text, title: text, width: size, height: size },
  // Task-list checkboxes; the sanitiser rebuilds this tag itself (see sanitize-html.ts).
  input: {},
};

/**
 * Elements removed together with everything inside them: their content is code, styling or
 * a foreign document, never prose worth keeping.
 */
export const REMOVED_WITH_CONTENT = [
  'script',
  'style',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'svg',
  'math',
  'noscript',
  'noembed',
  'noframes',
  'template',
  'textarea',
  'select',
  'title',
  'xmp',
  'plaintext',
];
