import type { RuleModule } from '../types.js';

// Lines that carry no content: rules, breaks, empty paragraphs and list markers, comments.
const DECORATION =
  /^(?:(?:[-*_][ \t]*){3,}|(?:<\/?(?:hr|br|p|div)\b[^>]*>[ \t]*)+|<!--.*-->|[-*+](?:[ \t]+\[[ xX]\])?|\d+[.)]|\[[ xX]\])$/;

function isDecoration(line: string): boolean {
  const t = line.trim();
  return t === '' || DECORATION.test(t);
}

/** No heading stands over nothing. */
export const noEmptySection: RuleModule = {
  meta: {
    id: 'no-empty-section',
    description: 'Every section has something under its heading.',
    profiles: { holberton: 'error', standard: 'warn', sre: 'warn', minimal: 'warn' },
    fixable: false,
    messages: {
      empty:
        'The "{heading}" section is empty. Write what belongs there, or remove the heading if the document does not need it.',
    },
    details:
      'A section counts as written when it, or one of its sub-sections, has any text, list, table, code or image. A heading whose sub-sections are all empty is not reported itself; each empty sub-section is. Horizontal rules, `<hr>`/`<br>` tags, comments and bare list markers do not count as content.',
    examples: {
      valid: ['# Outage\n\n## Summary\n\nThe API returned errors for ten minutes.\n'],
      invalid: ['# Outage\n\n## Summary\n\n---\n\n## Timeline\n\n- 10:00 UTC Alert fired.\n'],
    },
  },
  check(context) {
    const view = context.document;
    const { sections } = view;
    sections.forEach((span, i) => {
      if (span.level === 0) return;
      const next = sections[i + 1];
      if (next && next.level > span.level && next.line < span.end) return;
      if (hasContent(span.section.body)) return;
      for (let l = span.line + 1; l < span.ownEnd; l++) {
        if (view.isCode(l) || !isDecoration(view.line(l))) return;
      }
      context.report({
        messageId: 'empty',
        data: { heading: span.section.heading || span.kind },
        line: span.line,
        column: 1,
      });
    });
  },
};

function hasContent(body: string): boolean {
  // Line by line without splitting: a body with content usually shows it on its first line.
  let start = 0;
  while (start <= body.length) {
    const end = body.indexOf('\n', start);
    const line = end < 0 ? body.slice(start) : body.slice(start, end);
    if (!isDecoration(line)) return true;
    if (end < 0) return false;
    start = end + 1;
  }
  return false;
}
