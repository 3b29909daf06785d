/**
 * Named character references worth understanding in attribute values. The list is short on
 * purpose: anything not decoded here is re-escaped on output (`&` becomes `&amp;`), so an
 * unknown name can cost fidelity but never safety. `colon`, `Tab` and `NewLine` are here
 * because they are the ones used to disguise `javascript:`.
 */
const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  colon: ':',
  tab: '\t',
  newline: '\n',
  sol: '/',
  bsol: '\\',
  lpar: '(',
  rpar: ')',
  period: '.',
  comma: ',',
  semi: ';',
  excl: '!',
  quest: '?',
  num: '#',
  percnt: '%',
  equals: '=',
  plus: '+',
  commat: '@',
  lowbar: '_',
  dash: '-',
  hyphen: '-',
};

const MAX_CODE_POINT = 0x10ffff;

/**
 * Decodes HTML character references in an attribute value the way a browser would for the
 * cases that matter: decimal and hex references with or without the trailing semicolon,
 * and the common named references (case-insensitive, semicolon required).
 *
 * @example
 * decodeEntities('jav&#x61;script&colon;'); // 'javascript:'
 */
export function decodeEntities(value: string): string {
  return value.replace(
    /&(?:#[xX]([0-9a-fA-F]{1,8});?|#([0-9]{1,10});?|([a-zA-Z][a-zA-Z0-9]{1,31});)/g,
    (match, hex: string | undefined, dec: string | undefined, name: string | undefined) => {
      if (hex !== undefined) return fromCodePoint(parseInt(hex, 16));
      if (dec !== undefined) return fromCodePoint(parseInt(dec, 10));
      const key = name?.toLowerCase() ?? '';
      // Own keys only, so that `&constructor;` is not "decoded" to a function's source.
      return Object.hasOwn(NAMED, key) ? (NAMED[key] ?? match) : match;
    },
  );
}

function fromCodePoint(code: number): string {
  // Browsers turn NUL, surrogates and out-of-range references into U+FFFD.
  if (code === 0 || code > MAX_CODE_POINT || (code >= 0xd800 && code <= 0xdfff)) {
    return '\ufffd';
  }
  return String.fromCodePoint(code);
}
