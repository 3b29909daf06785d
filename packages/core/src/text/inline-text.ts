/**
 * Turns a line of inline Markdown or HTML into the plain text a reader sees: tags, emphasis
 * markers, emoji shortcodes, footnote marks and entities removed, links reduced to their text.
 * Used to match headings, labels and times, never to store content (bodies keep the Markdown
 * as written). Called for many lines of every document, so the common case is kept cheap.
 */
export function inlineText(source: string): string {
  let s = source;
  if (!SPECIAL.test(s))
    return s.includes('  ') || s !== s.trim() ? s.replace(SPACES, ' ').trim() : s;
  if (s.includes('<')) s = s.replace(TAG, ' ');
  if (s.includes('&')) s = decodeEntities(s);
  if (s.includes(':')) s = s.replace(SHORTCODE, ' ');
  if (s.includes('^')) s = s.replace(FOOTNOTE, ' ');
  if (s.includes('](')) s = s.replace(LINK, '$1');
  if (s.includes('\\')) s = s.replace(ESCAPE, '$1');
  if (s.includes('*') || s.includes('_') || s.includes('`')) s = s.replace(EMPHASIS, '');
  return s.replace(SPACES, ' ').trim();
}

const SPECIAL = /[<&:^\]\\*_`]/;
const TAG = /<\/?[a-zA-Z][^>]*>?|<!--[\s\S]*?-->/g;
const SHORTCODE = /:[a-z0-9_+-]+:/g;
// Footnote references as converters write them: `^[163](https://…)^` or `^163^`.
const FOOTNOTE = /\^\[[^\]]*\]\([^)]*\)\^|\^\d+\^/g;
const LINK = /!?\[([^\]]*)\]\([^)]*\)/g;
const ESCAPE = /\\([\\`*_{}[\]()#+\-.!|])/g;
// Emphasis markers: doubled ones anywhere, single ones only at a word's edge (snake_case stays).
const EMPHASIS = /\*\*|__|`|(?:^|(?<=\s))[*_]+|[*_]+(?=\s|$|[.,;:!?)])/g;
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
