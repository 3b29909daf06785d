import { coerceSeverity, coerceStatus } from '../../markdown/coerce.js';
import type { SectionKind } from '../../model/index.js';
import { documentLine, listOption } from '../rule-helpers.js';
import type { RuleContext, RuleModule } from '../types.js';

const FIELDS = ['title', 'date', 'severity', 'authors'] as const;
type Field = (typeof FIELDS)[number];
const HINTS: Record<Field, string> = {
  title: 'Start the document with a `# Title` heading or a `title:` key in the front matter.',
  date: 'Add `date:` to the front matter or a `Date:` line to the summary, as YYYY-MM-DD.',
  severity:
    'Add `severity:` (critical, high, medium or low) to the front matter or a `Severity:` line.',
  authors: 'Add `authors:` to the front matter or an `Authors:` line, so readers know whom to ask.',
};

// Parser diagnostics that are about the document's metadata rather than its times.
const SURFACED = new Set([
  'front-matter-syntax',
  'front-matter-unclosed',
  'front-matter-shape',
  'invalid-field',
  'title-too-long',
  'internal-error',
]);

// Where the parser reads `Severity:` and `Status:` lines; the same words under an action item
// are the item's own fields.
const FACT_KINDS = new Set<SectionKind>([
  'summary',
  'impact',
  'introduction',
  'background',
  'other',
]);
const LABEL =
  /^\s*(?:[-*+]\s+)?(?:\*\*|__)?\s*(severity|sev|incident severity|status|document status)\s*(?:\*\*|__)?\s*:\s*(?:\*\*|__)?\s*(.*?)\s*$/i;
const MAYBE_LABEL = /sev|status/i;
const PROMPT = /^\[.*\]$|^(?:tbd|tba|n\/a|none|-+|)$/i;

/** Front matter that parses, and severity and status values Hindsight knows. */
export const validMetadata: RuleModule = {
  meta: {
    id: 'valid-metadata',
    description:
      'The front matter is valid, severity and status use known values, and the fields the profile needs are stated.',
    profiles: { holberton: 'warn', standard: 'error', sre: 'warn', minimal: 'warn' },
    fixable: false,
    messages: {
      frontMatter: '{detail}',
      missingField: 'The document does not state its {field}. {hint}',
      unknownSeverity:
        'Severity "{value}" is not a level Hindsight knows. Use critical, high, medium or low (SEV1 to SEV4 and P1 to P4 are understood too).',
      unknownStatus:
        'Status "{value}" is not a review state. Use draft, in review, published or archived.',
    },
    options: {
      require: {
        type: 'string[]',
        default: ['title', 'date', 'severity', 'authors'],
        enum: FIELDS,
        description:
          'The metadata the document must state: `title`, `date`, `severity`, `authors`.',
      },
    },
    profileOptions: {
      holberton: { require: [] },
      standard: { require: ['title', 'date', 'severity', 'authors'] },
      sre: { require: ['title', 'date', 'authors'] },
      minimal: { require: ['date'] },
    },
    details:
      'Reports what the parser could not accept in the front matter (invalid YAML or TOML, a value of the wrong kind, with the key and line), `Severity:` and `Status:` lines whose value means nothing to Hindsight, and the fields the profile requires when the document states them nowhere (front matter, labelled lines, or what the parser infers).',
    examples: {
      valid: [
        '---\ntitle: Checkout outage\ndate: 2024-03-20\nseverity: high\nauthors: [ana]\n---\n\n## Summary\n\nCheckout failed.\n',
      ],
      invalid: [
        '---\ntitle: Checkout outage\ndate: 2024-03-20\nseverity: urgent-ish\nauthors: [ana]\n---\n\n## Summary\n\nCheckout failed.\n',
        '# Checkout outage\n\n**Severity:** High\n**Status:** Finished\n\n## Summary\n\nCheckout failed on 2024-03-20.\n',
      ],
    },
  },
  check(context) {
    for (const d of context.parsed.diagnostics) {
      if (!SURFACED.has(d.code)) continue;
      context.report({
        messageId: 'frontMatter',
        data: { detail: d.message, code: d.code },
        line: d.line,
        column: d.column ?? 1,
      });
    }
    const labels = readLabels(context);
    for (const field of listOption(context, 'require')) {
      if (!isField(field) || stated(context, field, labels)) continue;
      context.report({
        messageId: 'missingField',
        data: { field, hint: HINTS[field] },
        line: documentLine(context),
        column: 1,
      });
    }
    for (const { severity, value, line, column } of labels) {
      if (PROMPT.test(value)) continue;
      if (severity ? coerceSeverity(value) : coerceStatus(value)) continue;
      context.report({
        messageId: severity ? 'unknownSeverity' : 'unknownStatus',
        data: { value },
        line,
        column,
        endLine: line,
        endColumn: column + value.length,
      });
    }
  },
};

function isField(value: string): value is Field {
  return (FIELDS as readonly string[]).includes(value);
}

interface Label {
  severity: boolean;
  value: string;
  line: number;
  column: number;
}

function stated(context: RuleContext, field: Field, labels: readonly Label[]): boolean {
  const { model, diagnostics } = context.parsed;
  // A value the parser could not accept is kept under its key in `extra` and reported as
  // invalid; it is there, so it is not also missing.
  if (Object.hasOwn(model.extra, field)) return true;
  switch (field) {
    case 'title':
      return !diagnostics.some((d) => d.code === 'missing-title');
    case 'date':
      return model.date !== undefined;
    case 'severity':
      // A severity that is stated but unknown is reported as such, not as missing.
      return model.severity !== undefined || labels.some((l) => l.severity);
    case 'authors':
      return model.authors.length > 0;
  }
}

/** The `Severity:` and `Status:` lines of the sections where the parser reads them. */
function readLabels(context: RuleContext): Label[] {
  const view = context.document;
  const out: Label[] = [];
  for (const span of view.sections) {
    if (!FACT_KINDS.has(span.kind)) continue;
    for (let line = span.line; line < span.ownEnd; line++) {
      const text = view.line(line);
      if (!MAYBE_LABEL.test(text) || view.isCode(line)) continue;
      const m = LABEL.exec(text);
      const label = m?.[1];
      const value = m?.[2]?.replace(/[*_]+$/, '').trim();
      if (label === undefined || value === undefined) continue;
      out.push({
        severity: /^(?:severity|sev|incident severity)$/i.test(label),
        value,
        line,
        column: text.lastIndexOf(value) + 1,
      });
    }
  }
  return out;
}
