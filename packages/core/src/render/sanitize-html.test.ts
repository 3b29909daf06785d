import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderInlineMarkdown, renderMarkdown } from './render-markdown.js';
import { sanitizeHtml } from './sanitize-html.js';
import { XSS_PAYLOADS, findUnsafeMarkup } from './test-support/unsafe-markup.js';

describe('the unsafe-markup checker used below', () => {
  it('catches live markup and ignores escaped or quoted text', () => {
    expect(findUnsafeMarkup('<img src=x onerror=alert(1)>')).not.toEqual([]);
    expect(findUnsafeMarkup('<a href="jav&#x09;ascript:alert(1)">x</a>')).not.toEqual([]);
    expect(findUnsafeMarkup('<p style="color:red">')).not.toEqual([]);
    expect(findUnsafeMarkup('<iframe src="https://x">')).not.toEqual([]);
    expect(findUnsafeMarkup('<img alt="x onerror=y" src="ok.png">')).toEqual([]);
    expect(findUnsafeMarkup('&lt;script&gt; onerror=alert(1)')).toEqual([]);
  });
});

describe('sanitisation of untrusted Markdown and HTML', () => {
  it.each(XSS_PAYLOADS)('renderMarkdown neutralises %j', (payload) => {
    expect(findUnsafeMarkup(renderMarkdown(payload))).toEqual([]);
    expect(findUnsafeMarkup(renderMarkdown(`Before ${payload} after`))).toEqual([]);
    expect(findUnsafeMarkup(renderInlineMarkdown(payload))).toEqual([]);
  });

  it.each(XSS_PAYLOADS)('sanitizeHtml neutralises %j as raw HTML', (payload) => {
    expect(findUnsafeMarkup(sanitizeHtml(payload))).toEqual([]);
  });

  it('removes script, style and foreign documents together with their content', () => {
    const html = renderMarkdown(
      'a <script>steal()</script> b <style>p{}</style> c <svg><text>drawn</text></svg> d',
    );
    expect(html).toBe('<p>a  b  c  d</p>\n');
  });

  it('keeps the text of a harmless link whose URL was refused', () => {
    expect(sanitizeHtml('<a href="javascript:alert(1)" title="t">read</a>')).toBe(
      '<a rel="noopener noreferrer" title="t">read</a>',
    );
  });

  it('writes attribute values back fully escaped, so the browser decodes them only once', () => {
    expect(sanitizeHtml('<a href="javascript&#38;#58;alert(1)">x</a>')).toBe(
      '<a rel="noopener noreferrer" href="javascript&amp;#58;alert(1)">x</a>',
    );
    expect(sanitizeHtml('<img src="x.png" alt="&quot;><script>">')).toBe(
      '<img src="x.png" alt="&quot;&gt;&lt;script&gt;">',
    );
  });

  it('is not fooled by attribute or entity names that exist on Object.prototype', () => {
    expect(
      sanitizeHtml('<p constructor="a" hasOwnProperty="b" toString="c" __proto__="d">hi</p>'),
    ).toBe('<p>hi</p>');
    expect(sanitizeHtml('<abbr title="&constructor;&toString;">x</abbr>')).toBe(
      '<abbr title="&amp;constructor;&amp;toString;">x</abbr>',
    );
  });

  it('shows a Markdown link to javascript: as the text the author wrote', () => {
    expect(renderMarkdown('[x](javascript:alert(1))')).toBe('<p>[x](javascript:alert(1))</p>\n');
  });

  it('never lets markup through for any mix of dangerous fragments', () => {
    const fragment = fc.constantFrom(
      '<',
      '>',
      '/',
      '"',
      "'",
      '`',
      '=',
      ' ',
      '\t',
      '\n',
      '&#',
      'x09;',
      '&colon;',
      ':',
      'javascript',
      'java',
      'script',
      'on',
      'error',
      'onerror=',
      'alert(1)',
      'img',
      'a href=',
      'src=',
      'svg',
      'style=',
      'iframe',
      '[x](',
      ')',
      '![i](',
      '<!--',
      '-->',
      '- [ ] ',
      '`',
      '```\n',
      '|',
    );
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 40 }), (parts) => {
        const source = parts.join('');
        expect(findUnsafeMarkup(renderMarkdown(source))).toEqual([]);
        expect(findUnsafeMarkup(renderInlineMarkdown(source))).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });
});
