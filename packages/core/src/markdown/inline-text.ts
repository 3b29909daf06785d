/**
 * Turns a line of inline Markdown or HTML into the plain text a reader sees: tags, emphasis
 * markers, emoji shortcodes and entities removed, links reduced to their text. Used to match
 * headings, labels and times, never to store content (bodies keep the Markdown as written).
 */
export function inlineText(source: string): string {
  let s = source;
  if (s.includes('<')) s = s.replace(TAG, ' ');
  if (s.includes('&')) s = decodeEntities(s);
  if (s.includes(':')) s = s.replace(SHORTCODE, ' ');
  if (s.includes('^')) s = s.replace(FOOTNOTE, ' ');
  if (s.includes('](')) s = s.replace(LINK, '$1');
  s = s.replace(EMPHASIS, '').replace(/\\([\\`*_{}[\]()#+\-.!|])/g, '$1');
  return s.replace(SPACES, ' ').trim();
}

const TAG = /<\/?[a-zA-Z][^>]*>?|<!--[\s\S]*?-->/g;
const SHORTCODE = /:[a-z0-9_+-]+:/g;
// Footnote references as converters write them: `^[163](https://…)^` or `^163^`.
const FOOTNOTE = /\^\[[^\]]*\]\([^)]*\)\^|\^\d+\^/g;
const LINK = /!?\[([^\]]*)\]\([^)]*\)/g;
const EMPHASIS = /\*\*|__|(?<![\w*])[*_](?=\S)|(?<=\S)[*_](?![\w*])|`/g;
const SPACES = /[\s\u00a0\u2002-\u200b]+/g;

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  emsp: ' ',
  ensp: ' ',
  thinsp: ' ',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
};

/** Decodes the HTML entities people actually type; unknown ones are left as written. */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code =
        ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1));
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)
        ? String.fromCodePoint(code)
        : whole;
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}
