import { describe, expect, it } from 'vitest';
import { renderInlineMarkdown, renderMarkdown } from './render-markdown.js';

describe('renderMarkdown', () => {
  it('renders GFM tables and keeps column alignment without a style attribute', () => {
    const html = renderMarkdown('| When | What |\n|:----:|----:|\n| 14:02 | paged |');
    expect(html).toContain('<th align="center">When</th>');
    expect(html).toContain('<td align="right">paged</td>');
    expect(html).not.toContain('style=');
  });

  it('renders task lists as disabled checkboxes', () => {
    expect(renderMarkdown('- [ ] add a canary\n- [x] roll back\n- plain')).toMatchInlineSnapshot(`
      "<ul class="contains-task-list">
      <li class="task-list-item"><input type="checkbox" disabled> add a canary</li>
      <li class="task-list-item"><input type="checkbox" checked disabled> roll back</li>
      <li>plain</li>
      </ul>
      "
    `);
  });

  it('finds task items in loose and ordered lists too', () => {
    const html = renderMarkdown('1. [X] first\n\n2. [ ] second\n');
    expect(html).toContain('<ol class="contains-task-list">');
    expect(html).toContain('<input type="checkbox" checked disabled> first');
    expect(html).toContain('<input type="checkbox" disabled> second');
  });

  it('leaves brackets that are not task markers alone', () => {
    expect(renderMarkdown('- [link](https://example.com)\n- [y] no')).not.toContain('<input');
  });

  it('linkifies bare URLs and marks every link noopener noreferrer', () => {
    const html = renderMarkdown('See www.example.com and [the runbook](https://example.com/rb).');
    expect(html).toContain(
      '<a rel="noopener noreferrer" href="http://www.example.com">www.example.com</a>',
    );
    expect(html).toContain('<a rel="noopener noreferrer" href="https://example.com/rb">');
  });

  it('keeps the HTML real postmortems use', () => {
    const html = renderMarkdown(
      [
        '<div align="center">',
        '    <img src="./img/404d.jpg" width="640" height="240" />',
        '</div>',
        '',
        '<p>Root cause in <code>/etc/nginx/sites-available/default</code></p>',
        '',
        '<details><summary>Logs</summary>',
        '',
        'H<sub>2</sub>O and x<sup>2</sup>, <del>old</del>',
        '',
        '</details>',
      ].join('\n'),
    );
    expect(html).toContain('<div align="center">');
    expect(html).toContain('<img src="./img/404d.jpg" width="640" height="240" />');
    expect(html).toContain('<code>/etc/nginx/sites-available/default</code>');
    expect(html).toContain('<details><summary>Logs</summary>');
    expect(html).toContain('H<sub>2</sub>O and x<sup>2</sup>, <del>old</del>');
  });

  it('renders code blocks with their language and escapes their content', () => {
    const html = renderMarkdown('```nginx\nrewrite ^ <b>;\n```');
    expect(html).toBe('<pre><code class="language-nginx">rewrite ^ &lt;b&gt;;\n</code></pre>\n');
  });

  it('renders quotes, rules, breaks, strikethrough and emphasis', () => {
    const html = renderMarkdown('> calm\n\n---\n\nline one<br>line two ~~gone~~ *so* **very**');
    expect(html).toContain('<blockquote>');
    expect(html).toContain('<hr>');
    expect(html).toContain('<br>');
    expect(html).toContain('<s>gone</s>');
    expect(html).toContain('<em>so</em> <strong>very</strong>');
  });

  it('does not rewrite quotes and dashes (typographer off)', () => {
    expect(renderMarkdown('"quoted" -- (c)')).toBe('<p>&quot;quoted&quot; -- (c)</p>\n');
  });

  it('drops unknown tags but keeps their text, and drops comments', () => {
    expect(renderMarkdown('<font color="red">warning</font> <!-- note -->')).toBe(
      '<p>warning </p>\n',
    );
  });

  it('drops attributes outside the allow list', () => {
    const html = renderMarkdown('<p id="x" class="lead" align="center" data-x="1">hi</p>');
    expect(html).toBe('<p align="center">hi</p>');
  });

  it('keeps only the task-list class names that the page styles', () => {
    expect(
      renderMarkdown('<ul class="contains-task-list evil"><li class="page-header">x</li></ul>'),
    ).toBe('<ul class="contains-task-list"><li>x</li></ul>');
  });

  it('keeps raster data images and drops SVG ones', () => {
    expect(renderMarkdown('![g](data:image/png;base64,AAAA)')).toContain(
      '<img src="data:image/png;base64,AAAA" alt="g">',
    );
    expect(renderMarkdown('<img src="data:image/svg+xml;base64,PHN2Zz4=" alt="s">')).toBe(
      '<img alt="s">',
    );
  });

  it('turns any input into a disabled checkbox or nothing', () => {
    expect(renderMarkdown('<input type="text" value="x"><input type=checkbox checked>')).toBe(
      '<p><input type="checkbox" checked disabled></p>\n',
    );
    expect(renderMarkdown('<input type="checkbox" title="checked">')).toBe(
      '<input type="checkbox" disabled>',
    );
  });

  it('returns an empty string for empty input', () => {
    expect(renderMarkdown('')).toBe('');
  });
});

describe('renderInlineMarkdown', () => {
  it('renders inline markup without a paragraph', () => {
    expect(renderInlineMarkdown('Restarted `nginx` on **web-01**')).toBe(
      'Restarted <code>nginx</code> on <strong>web-01</strong>',
    );
  });

  it('escapes and sanitises like the block renderer', () => {
    expect(renderInlineMarkdown('a <img src=x onerror=alert(1)> & b')).toBe(
      'a <img src="x"> &amp; b',
    );
  });
});
