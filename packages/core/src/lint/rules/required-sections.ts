import type { SectionKind } from '../../model/index.js';
import type { DocumentView, SectionSpan } from '../document-view.js';
import { documentLine } from '../rule-helpers.js';
import { REQUIREMENT_KINDS, SECTION_REQUIREMENTS } from '../section-requirements.js';
import type { RequirementKind } from '../section-requirements.js';
import { atLevel, templateSnippet } from '../template-snippet.js';
import type { Fix, RuleContext, RuleModule } from '../types.js';

const HOLBERTON: RequirementKind[] = [
  'summary',
  'timeline',
  'root-cause-and-resolution',
  'corrective-measures',
];
const STANDARD: RequirementKind[] = [
  'summary',
  'impact',
  'timeline',
  'root-cause',
  'detection',
  'resolution',
  'action-items',
  'lessons-learned',
  'follow-up-review',
];
// The order of the SRE book's example postmortem.
const SRE: RequirementKind[] = [
  'summary',
  'impact',
  'root-cause',
  'trigger',
  'resolution',
  'detection',
  'action-items',
  'lessons-learned',
  'timeline',
];
const MINIMAL: RequirementKind[] = ['summary', 'timeline', 'root-cause', 'action-items'];

/** Every section the profile asks for is there. */
export const requiredSections: RuleModule = {
  meta: {
    id: 'required-sections',
    description: 'The document has every section its profile asks for.',
    profiles: { holberton: 'error', standard: 'error', sre: 'error', minimal: 'error' },
    fixable: true,
    messages: {
      missing: 'The document has no {section} section. Add one for {purpose}.',
      missingPart:
        'The {section} section explains the {present} but has no {part} part. Add a "{heading}" sub-section for {purpose}.',
    },
    options: {
      sections: {
        type: 'string[]',
        default: STANDARD,
        enum: REQUIREMENT_KINDS,
        description:
          'The sections to require, in the order the fix inserts them. Each is satisfied by any heading Hindsight reads as that kind (see docs/parser.md).',
      },
    },
    profileOptions: {
      holberton: { sections: HOLBERTON },
      standard: { sections: STANDARD },
      sre: { sections: SRE },
      minimal: { sections: MINIMAL },
    },
    details: [
      'Headings are matched by what they mean, not by their exact words: "Issue Summary", "Overview" and "TL;DR" are all a summary, and a document with separate Root Cause and Resolution sections has what "Root Cause and Resolution" asks for. A heading whose words say nothing known can be pinned with `<!-- kind: lessons-learned -->`.',
      'When a combined section is asked for and only one half is there, the message names the missing half.',
    ].join('\n\n'),
    fixDescription:
      "Inserts each missing section, with the prompts of the profile's built-in template, after the sections that come before it in the profile's order (or at the end). The prompts are placeholders, so `no-placeholder` reports them until they are written.",
    examples: {
      valid: [
        [
          '# Cache outage',
          '',
          '## Summary',
          '',
          'Checkout failed for 20 minutes.',
          '',
          '## Impact',
          '',
          'About 1,200 orders failed.',
          '',
          '## Timeline',
          '',
          '- 14:05 UTC Alert fired.',
          '',
          '## Root Cause',
          '',
          'A cache key collision.',
          '',
          '## Detection',
          '',
          'The error-rate alert.',
          '',
          '## Resolution',
          '',
          'We rolled the deploy back.',
          '',
          '## Action Items',
          '',
          '- [ ] Add a canary stage',
          '',
          '## Lessons Learned',
          '',
          'Canaries matter.',
          '',
          '## Follow-up Review',
          '',
          'Review date: 2024-04-10',
          '',
        ].join('\n'),
      ],
      invalid: [
        ['# Cache outage', '', '## Summary', '', 'Checkout failed for 20 minutes.', ''].join('\n'),
      ],
    },
  },
  check(context) {
    const view = context.document;
    const wanted = wantedOf(context.options['sections']);
    wanted.forEach((kind, position) => {
      const requirement = SECTION_REQUIREMENTS[kind];
      if (view.has(requirement.satisfiedBy)) return;
      const parts = requirement.parts ?? [];
      const present = parts.filter((p) => view.has(SECTION_REQUIREMENTS[p].satisfiedBy));
      if (present.length > 0) {
        for (const part of parts) {
          if (present.includes(part)) continue;
          reportPart(context, kind, part, present);
        }
        return;
      }
      const fix = missingFix(context, wanted, position, kind);
      context.report({
        messageId: 'missing',
        data: { section: requirement.label, purpose: requirement.purpose, kind },
        line: documentLine(context),
        column: 1,
        ...(fix ? { fix } : {}),
      });
    });
  },
};

const wantedCache = new WeakMap<object, RequirementKind[]>();

/** The required kinds of an options value, filtered once per (resolved, reused) options array. */
function wantedOf(option: unknown): RequirementKind[] {
  if (!Array.isArray(option)) return [];
  const hit = wantedCache.get(option);
  if (hit) return hit;
  const wanted = option.filter(
    (v): v is RequirementKind => typeof v === 'string' && isRequirement(v),
  );
  wantedCache.set(option, wanted);
  return wanted;
}

function isRequirement(value: string): value is RequirementKind {
  return (REQUIREMENT_KINDS as readonly string[]).includes(value);
}

function reportPart(
  context: RuleContext,
  kind: RequirementKind,
  part: RequirementKind,
  present: readonly RequirementKind[],
): void {
  const view = context.document;
  const requirement = SECTION_REQUIREMENTS[part];
  const anchors = present.flatMap((p) => view.sectionsOf(SECTION_REQUIREMENTS[p].satisfiedBy));
  const anchor = anchors[anchors.length - 1];
  const snippet = templateSnippet(context.profile, part);
  const fix =
    anchor && snippet ? insertion(view, anchor.end, atLevel(snippet, anchor.level)) : undefined;
  context.report({
    messageId: 'missingPart',
    data: {
      section: SECTION_REQUIREMENTS[kind].label,
      present: present.map((p) => SECTION_REQUIREMENTS[p].label.toLowerCase()).join(' and '),
      part: requirement.label.toLowerCase(),
      heading: snippet?.heading ?? requirement.label,
      purpose: requirement.purpose,
      kind: part,
    },
    line: anchor?.line ?? documentLine(context),
    column: 1,
    ...(fix ? { fix } : {}),
  });
}

/**
 * Where a missing section goes: after the last top-level section that satisfies a requirement
 * listed before it, else before the first that satisfies one listed after it, else at the end.
 */
function missingFix(
  context: RuleContext,
  wanted: readonly RequirementKind[],
  position: number,
  kind: RequirementKind,
): Fix | undefined {
  const snippet = templateSnippet(context.profile, kind);
  if (!snippet) return undefined;
  const view = context.document;
  const top = topLevel(view);
  let last: SectionSpan | undefined;
  let next: SectionSpan | undefined;
  const orders = requirementOrders(wanted);
  for (const span of view.sections) {
    const order = orders.get(span.kind) ?? -1;
    if (order < 0 || order === position) continue;
    const anchor = ancestor(view, span, top);
    if (order < position) {
      if (!last || anchor.end > last.end) last = anchor;
    } else {
      next ??= anchor;
    }
  }
  if (last) return insertion(view, last.end, atLevel(snippet, last.level));
  if (next) return insertion(view, next.line, atLevel(snippet, next.level));
  return insertion(view, view.lines.length + 1, atLevel(snippet, top));
}

const ordersCache = new WeakMap<readonly RequirementKind[], Map<SectionKind, number>>();

/** For each section kind, the position in `wanted` of the first requirement it satisfies. */
function requirementOrders(wanted: readonly RequirementKind[]): Map<SectionKind, number> {
  const hit = ordersCache.get(wanted);
  if (hit) return hit;
  const orders = new Map<SectionKind, number>();
  wanted.forEach((w, i) => {
    for (const kind of SECTION_REQUIREMENTS[w].satisfiedBy)
      if (!orders.has(kind)) orders.set(kind, i);
  });
  ordersCache.set(wanted, orders);
  return orders;
}

/** The heading level most of the document's sections hang from. */
function topLevel(view: DocumentView): number {
  let top = 7;
  for (const s of view.sections) if (s.level > 0 && s.level < top) top = s.level;
  return top === 7 ? 2 : top;
}

/** The section at `top` level that contains `span` (or `span` itself). */
function ancestor(view: DocumentView, span: SectionSpan, top: number): SectionSpan {
  for (let i = span.index; i >= 0; i--) {
    const s = view.sections[i];
    if (s && s.level > 0 && s.level <= top) return s;
  }
  return span;
}

// The joined text of a snippet, per line break: the same few snippets are inserted often.
const joined = new WeakMap<readonly string[], Map<string, string>>();

/** A fix that inserts `lines` as a block before line `at`, with blank lines around it. */
function insertion(view: DocumentView, at: number, lines: readonly string[]): Fix {
  const eol = view.eol;
  let byEol = joined.get(lines);
  if (!byEol) {
    byEol = new Map();
    joined.set(lines, byEol);
  }
  const body = byEol.get(eol) ?? lines.join(eol);
  byEol.set(eol, body);
  if (at > view.lines.length) {
    const last = view.line(view.lines.length);
    const prefix =
      last === '' ? (view.line(view.lines.length - 1).trim() === '' ? '' : eol) : eol + eol;
    const offset = view.offset(view.lines.length + 1);
    return { range: [offset, offset], text: `${prefix}${body}${eol}` };
  }
  const offset = view.offset(at, 1);
  const prefix = at > 1 && view.line(at - 1).trim() !== '' ? eol : '';
  const suffix = view.line(at).trim() === '' ? eol : eol + eol;
  return { range: [offset, offset], text: `${prefix}${body}${suffix}` };
}
