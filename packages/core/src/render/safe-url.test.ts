import { describe, expect, it } from 'vitest';
import { safeUrl } from './safe-url.js';

describe('safeUrl', () => {
  it.each([
    ['https://example.com/a', 'https://example.com/a'],
    ['http://example.com', 'http://example.com'],
    ['HTTPS://EXAMPLE.COM', 'HTTPS://EXAMPLE.COM'],
    ['mailto:oncall@example.com', 'mailto:oncall@example.com'],
    ['/runbooks/db', '/runbooks/db'],
    ['./img/404d.jpg', './img/404d.jpg'],
    ['../shared/graph.png', '../shared/graph.png'],
    ['#timeline', '#timeline'],
    ['?tab=2', '?tab=2'],
    ['notes.html', 'notes.html'],
    ['//cdn.example.com/x.png', '//cdn.example.com/x.png'],
    ['/search?q=a:b', '/search?q=a:b'],
    ['  https://example.com/?a=1&amp;b=2 ', 'https://example.com/?a=1&b=2'],
  ])('accepts the link %j', (raw, cleaned) => {
    expect(safeUrl(raw, 'link')).toBe(cleaned);
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    '  javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'java script:alert(1)',
    'jav&#x09;ascript:alert(1)',
    'jav&#9;ascript:alert(1)',
    'java&Tab;script:alert(1)',
    'java&NewLine;script:alert(1)',
    'javascript&colon;alert(1)',
    '&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)',
    '&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A;alert(1)',
    '&#0000106avascript:alert(1)',
    '\u0000javascript:alert(1)',
    'javas\u0000cript:alert(1)',
    'jav\u200bascript:alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html;base64,PHNjcmlwdD4=',
    'data:image/png;base64,AAAA',
    'file:///etc/passwd',
    'tel:+15550100',
    'ftp://example.com',
    '',
    '   ',
  ])('refuses the link %j', (raw) => {
    expect(safeUrl(raw, 'link')).toBeUndefined();
  });

  it.each([
    'data:image/png;base64,iVBORw0KGgo=',
    'data:image/jpeg;base64,AAAA',
    'DATA:IMAGE/GIF;base64,R0lGOD',
    'data:image/webp;base64,UklGR',
    'https://example.com/graph.png',
    './img/stuff.jpg',
  ])('accepts the image %j', (raw) => {
    expect(safeUrl(raw, 'image')).toBe(raw);
  });

  it.each([
    'data:image/svg+xml;base64,PHN2Zz4=',
    'data:text/html,<script>alert(1)</script>',
    'javascript:alert(1)',
    'mailto:a@example.com',
    'data:image/png',
  ])('refuses the image %j', (raw) => {
    expect(safeUrl(raw, 'image')).toBeUndefined();
  });

  it('leaves a doubly encoded colon encoded, so the browser sees no scheme', () => {
    // One decoding gives `javascript&#58;…`, which is a relative path; it is returned as
    // such and re-escaped on output, so the browser never decodes it a second time.
    expect(safeUrl('javascript&#38;#58;alert(1)', 'link')).toBe('javascript&#58;alert(1)');
  });
});
