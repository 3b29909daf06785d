// HTML elements people put in postmortems. Only these count as tags, so that an angle-bracket
// prompt such as `<fill in>` stays visible to the placeholder rule.
const TAG_NAMES = [
  'a',
  'abbr',
  'article',
  'aside',
  'audio',
  'b',
  'big',
  'blockquote',
  'body',
  'br',
  'button',
  'caption',
  'center',
  'cite',
  'code',
  'col',
  'colgroup',
  'dd',
  'del',
  'details',
  'div',
  'dl',
  'dt',
  'em',
  'figcaption',
  'figure',
  'font',
  'footer',
  'h[1-6]',
  'head',
  'header',
  'hr',
  'html',
  'i',
  'iframe',
  'img',
  'input',
  'ins',
  'kbd',
  'label',
  'li',
  'link',
  'main',
  'mark',
  'meta',
  'nav',
  'ol',
  'p',
  'path',
  'picture',
  'pre',
  'q',
  's',
  'samp',
  'section',
  'small',
  'source',
  'span',
  'strike',
  'strong',
  'sub',
  'summary',
  'sup',
  'svg',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'time',
  'tr',
  'tt',
  'u',
  'ul',
  'var',
  'video',
  'wbr',
];

/**
 * What a reader does not read as prose, in the order it must be recognised: code spans first
 * (a link inside backticks is code), then comments, images, links (their text is kept, the
 * brackets and target are not), URLs, tags, entities and emoji shortcodes.
 */
const MASK = new RegExp(
  [
    '(`+)[^`]*?\\1',
    '<!--.*?(?:-->|$)',
    '<code\\b[^>]*>.*?(?:</code>|$)',
    '!\\[[^\\]]*\\]\\([^)]*\\)',
    '(\\[)((?:[^\\[\\]]|\\[[^\\[\\]]*\\])*)(\\](?:\\([^)]*\\)|\\[[^\\]]*\\]))',
    '<(?:https?|mailto|ftp):[^>\\s]*>',
    '\\b(?:https?://|www\\.)[^\\s<>]+',
    `</?(?:${TAG_NAMES.join('|')})(?=[\\s/>])[^<>]*>`,
    '&(?:#\\d+|#x[\\da-f]+|[a-z]{2,8});',
    ':[a-z0-9_+-]*[a-z_][a-z0-9_+-]*:(?=\\s|$|[^\\w])',
  ].join('|'),
  'gi',
);

/** Cheap gate: a line without any of these has nothing to mask. */
const MAY_NEED_MASK = /[`<[&]|:\/\/|www\.|:[a-z_+-]+:/i;

/**
 * The line with everything that is not prose replaced by spaces of the same length, so that
 * a match in the result has the same column as in the line. Link text stays (it is prose),
 * without its brackets, so `[the runbook](…)` and `[[12]](…)` are never taken for a `[Name]`
 * prompt.
 */
export function maskProse(line: string): string {
  if (!MAY_NEED_MASK.test(line)) return line;
  MASK.lastIndex = 0;
  return line.replace(
    MASK,
    (whole: string, _tick?: string, open?: string, text?: string, close?: string) =>
      open !== undefined && text !== undefined && close !== undefined
        ? ` ${text.replace(/[[\]]/g, ' ')}${blank(close.length)}`
        : blank(whole.length),
  );
}

function blank(n: number): string {
  return ' '.repeat(n);
}
