import type { Rng } from './prng.js';

/**
 * Times, dates and zones that a tolerant parser must survive: impossible values, 12 h and
 * 24 h mixed, offsets outside the real range, Unicode look-alikes for digits and signs.
 */
export const ODD_TIMES = [
  '13:55 PM',
  '25:99',
  '2100hrs',
  '--:--',
  '24:00',
  '00:60',
  '12:00 AM',
  '0:00 am',
  '9.30am',
  '14:05:61',
  '1:2:3',
  '1400Z',
  'noon',
  '12:30 p.m. Eastern time',
  'T+5m',
  '+1d 03:00',
  '3 PM PST PDT',
  '１４：００',
  '14h05',
  '14:05 GMT+14',
  '14:05 UTC-99',
  '14:05 UTC+14:00',
  '14:05 −05:00',
  '99:99:99',
] as const;

export const ODD_DATES = [
  '2023-02-30',
  '99/99/9999',
  '0000-00-00',
  '2024-13-01',
  '29 Feb 2023',
  '10000-01-01',
  '1970-01-01T00:00:00Z',
  '2038-01-19T03:14:08Z',
  '2024-02-29T25:00:00+25:00',
  '31/04/2021',
  'Feb 30th',
  '2021-1-5',
] as const;

export const ODD_ZONES = ['GMT+14', 'UTC-99', 'PST/PDT', 'Mars/Olympus', 'Z', 'EST5EDT', '+25:00'];

/** Fixed hostile fragments: broken HTML, fences, tables, emphasis, code, control characters. */
const FIXED = [
  '<p',
  '<p class="x"',
  '<h2>Timeline',
  '<li>orphan item',
  '</ul></ol></div>',
  '<div align="center">\n<img src="x.png">',
  '<!-- never closed',
  '<details><summary>Logs',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<table><tr><td>14:00<td>started',
  '+++',
  '---',
  '---\ntitle: [unclosed\n',
  '+++\ntitle = \n',
  '---\nbase: &a [x, x, x]\nmore: &b [*a, *a, *a]\nall: [*b, *b, *b]\n---',
  '---\ntitle: one\ntitle: two\ndate: 2023-02-30\nauthors: null\n---',
  '---\n\ttitle: tab-indented\n---',
  '| Time | Event |',
  '|---|---|',
  '| 14:00 | | | |',
  '||||',
  '| a \\| b | c |',
  '===',
  '- - -',
  '___',
  '**',
  '__',
  '~~',
  '**bold *mixed_ with __under**_',
  '`',
  '```',
  '````js',
  '``unclosed code',
  '#',
  '# ',
  '######## too deep',
  '#hashtag',
  '##\tTimeline',
  '[unclosed](',
  '![img](javascript:alert(1))',
  '[ref]: <>',
  '&#0; &#xD800; &amp &nbsp;',
  '- [ ] ',
  '- [x]',
  '1) 2) 3)',
  '> > > > quoted',
  '\u0000',
  '\u0007\u0008',
  '\u001b[31mred\u001b[0m',
  '\u007f',
  '\u0085',
  '\u2028\u2029',
  '\f\v',
  '\t\t',
  '\r',
  '\r\n',
  '\n\r',
  '\uFEFF',
  '\u202Eevil\u202C',
  '\u200F\u200E\u200B',
  'مرحبا بالعالم',
  'שלום עולם',
  'e\u0301\u0301\u0301\u0301',
  '\uD800',
  '\uDFFF',
  '\uDBFF\uDBFF',
  '🔥',
  '👩🏽‍💻',
  '🇳🇬',
  '1️⃣',
] as const;

/** One hostile fragment; some are generated so that their size varies. */
export function oddFragment(rng: Rng): string {
  switch (rng.int(0, 9)) {
    case 0:
      return deepList(rng.int(10, 80));
    case 1:
      return 'x'.repeat(rng.int(1_000, 40_000));
    case 2:
      return `- ${rng.pick(ODD_TIMES)} ${rng.pick(['-', '—', ':', ''])} something happened`;
    case 3:
      return `${rng.pick(ODD_DATES)} ${rng.pick(ODD_TIMES)} ${rng.pick(ODD_ZONES)}`;
    case 4:
      return zalgo(rng);
    case 5:
      return rng.pick(['>', '*', '[', '_', '`', '<', '|']).repeat(rng.int(50, 3_000));
    default:
      return rng.pick(FIXED);
  }
}

function deepList(depth: number): string {
  return Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n');
}

/** Letters smothered in combining marks, which break naive width and slicing code. */
function zalgo(rng: Rng): string {
  let out = '';
  for (const letter of 'timeline') {
    out += letter;
    for (let i = rng.int(1, 12); i > 0; i--) out += String.fromCharCode(0x300 + rng.int(0, 0x6f));
  }
  return out;
}
