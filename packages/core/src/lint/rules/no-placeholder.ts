import type { DocumentView } from '../document-view.js';
import type { RuleModule } from '../types.js';

/**
 * Every kind of prompt a template leaves, as one scan. Groups: 1 a bracketed prompt's inside,
 * 2 an angle-bracket prompt's inside; the rest are matched whole. Case matters for the
 * shouted ones (`TBD`, `XXX`), since "tbd" and "xxx" in running text are rare and not prompts.
 */
const PLACEHOLDER = new RegExp(
  [
    '\\[([^\\[\\]\\n]{1,200})\\](?![(\\[:])',
    '<([A-Za-z][^<>\\n=/"]{0,80})>',
    '\\b(?:YYYY|yyyy|20[xX]{2})[-/.](?:MM|mm)[-/.](?:DD|dd)\\b',
    '\\b(?:HH|hh|XX|xx):(?:MM|mm)(?::(?:SS|ss))?\\b',
    '(?:--|\\?\\?):(?:--|\\?\\?)',
    '\\bTODO:',
    '\\b(?:TBD|TBA|FIXME)\\b',
    '\\b(?:X{3,}|Y{3,}|Z{3,})\\b',
  ].join('|'),
  'g',
);

/** Cheap gate before the full scan: a bracket that is not a link or a box… */
const OPENER_SOURCE = /\[(?![ xX]\]|\^)[^\]\n]{1,200}\](?![([:])|<[A-Za-z][^<>\n=/"]{0,80}>/.source;
/** …or a prompt word. */
const WORD_SOURCE = /YYYY|yyyy|[HhXx]{2}:|20[xX]|--:|\?\?:|T(?:ODO|B[DA])|FIXME|XXX|YYY|ZZZ/.source;
/** Words, for the scan of the whole document. */
const WORDS_ALL = new RegExp(WORD_SOURCE, 'g');
/** Brackets, tried where a `[` or `<` stands: cheaper than one scan for words and brackets. */
const OPENER_AT = new RegExp(OPENER_SOURCE, 'y');
/** For one masked line (not global, so it keeps no position between lines). */
const MAYBE = new RegExp(`${OPENER_SOURCE}|${WORD_SOURCE}`);

// Bracketed text that is not a prompt: checkboxes, footnotes, numbers and times, priority
// marks the parser reads ([P1], [high]), "[sic]", GitHub alert markers ([!NOTE]).
const NOT_A_PROMPT =
  /^(?:\s*|[xX]|\^.*|!\w+|[\d\s.,:;/–-]+|[\d:]+\s*(?:[ap]\.?m\.?)?|p[0-4]|sev\s?[0-5]|high|medium|low|critical|sic|\.\.\.|…)$/i;

// Angle-bracket text that is a prompt: words with a space (`<fill in>`, `<service name>`) or a
// single prompt word (`<name>`, `<TBD>`).
const ANGLE_PROMPT =
  /\s|^(?:name|names|date|time|owner|team|service|link|url|todo|tbd|placeholder|title|summary|description|value|number|fill|insert)$/i;

/** No template prompt is left in the text. */
export const noPlaceholder: RuleModule = {
  meta: {
    id: 'no-placeholder',
    description: 'No template prompt or filler is left in the document.',
    profiles: { holberton: 'error', standard: 'error', sre: 'error', minimal: 'error' },
    fixable: false,
    messages: {
      placeholder:
        '"{placeholder}" is a placeholder, not content. Replace it with the real detail (or say plainly that it is not known), or delete it.',
    },
    details: [
      "Finds what templates and half-finished drafts leave behind: bracketed prompts (`[Name]`, `[Date]`, `[What happened]`), date and time patterns (`YYYY-MM-DD`, `HH:MM`, `--:--`), `TBD`, `TODO:`, `FIXME`, `XXX`, and angle-bracket prompts such as `<fill in>`. Hindsight's own templates are written in these prompts, so a new document starts with many findings and ends with none.",
      'Ordinary Markdown is not a prompt: links (`[text](url)`, `[text][ref]`), task-list boxes (`[ ]`, `[x]`), footnotes (`[^1]`), numbers and times in brackets (`[13:26]`), priority marks (`[P1]`), HTML tags, and anything inside code spans or code blocks.',
    ].join('\n\n'),
    examples: {
      valid: [
        '# Outage\n\n## Summary\n\nSee [the runbook](https://example.com/runbook) for details.\n\n- [x] Rotate the keys\n',
      ],
      invalid: [
        '# Outage\n\n## Summary\n\nThe outage started at HH:MM and was owned by [Name].\n',
        '# Outage\n\n## Impact\n\nTBD\n',
      ],
    },
  },
  check(context) {
    const view = context.document;
    let defined: ReadonlySet<string> | undefined;
    // Masking only removes text: a line that fails the gate as written has no placeholder.
    for (const line of candidateLines(view, context.text)) {
      const text = view.proseLine(line);
      if (text === '' || !MAYBE.test(text)) continue;
      // A reference definition `[id]: https://…` is a link target, not a prompt.
      if (/^\s{0,3}\[[^\]]+\]:\s/.test(text)) continue;
      PLACEHOLDER.lastIndex = 0;
      let coveredTo = -1;
      for (let m = PLACEHOLDER.exec(text); m !== null; m = PLACEHOLDER.exec(text)) {
        const [whole, bracketed, angled] = m;
        if (m.index < coveredTo) continue;
        if (bracketed !== undefined) {
          if (!isBracketPrompt(bracketed, text, m.index)) continue;
          // `[label]` alone is a shortcut reference link when the document defines the label.
          defined ??= referenceLabels(context.text);
          if (defined.has(bracketed.trim().toLowerCase())) continue;
        }
        if (angled !== undefined && !ANGLE_PROMPT.test(angled.trim())) continue;
        coveredTo = m.index + whole.length;
        context.report({
          messageId: 'placeholder',
          data: { placeholder: whole.length > 60 ? `${whole.slice(0, 59)}…` : whole },
          line,
          column: m.index + 1,
          endLine: line,
          endColumn: m.index + whole.length + 1,
        });
      }
    }
  },
};

/**
 * The body lines (code left out) where the gate matches as written, in order: a prompt word
 * found by one scan of the text, or a bracket or angle-bracket prompt found where `[` or `<`
 * stands (neither crosses a line, so each is tried on the text as it would be on its line).
 */
function candidateLines(view: DocumentView, text: string): number[] {
  const words = view.linesMatching(WORDS_ALL);
  const from = view.offset(view.bodyStart);
  let brackets: number[] | undefined;
  for (const opener of ['[', '<']) {
    for (let i = text.indexOf(opener, from); i >= 0; i = text.indexOf(opener, i + 1)) {
      OPENER_AT.lastIndex = i;
      if (!OPENER_AT.test(text)) continue;
      const line = view.lineAt(i);
      if (!view.isCode(line)) (brackets ??= []).push(line);
    }
  }
  if (brackets === undefined) return words;
  // Both lists are in order; merge them, each line once.
  brackets.sort((a, b) => a - b);
  const out: number[] = [];
  let w = 0;
  let b = 0;
  while (w < words.length || b < brackets.length) {
    const next = Math.min(words[w] ?? Infinity, brackets[b] ?? Infinity);
    if (out[out.length - 1] !== next) out.push(next);
    if (words[w] === next) w++;
    if (brackets[b] === next) b++;
  }
  return out;
}

const DEFINITION = /^ {0,3}\[([^\]\n]+)\]:[ \t]/gm;

/** The labels of the document's link reference definitions (`[label]: https://…`). */
function referenceLabels(text: string): Set<string> {
  const labels = new Set<string>();
  DEFINITION.lastIndex = 0;
  for (let m = DEFINITION.exec(text); m !== null; m = DEFINITION.exec(text)) {
    labels.add((m[1] ?? '').trim().toLowerCase());
  }
  return labels;
}

function isBracketPrompt(inside: string, line: string, index: number): boolean {
  if (NOT_A_PROMPT.test(inside.trim())) return false;
  if (!/\p{L}/u.test(inside)) return false;
  // `[text]` straight after `]` is the second half of a reference link the mask did not see.
  if (index > 0 && line[index - 1] === ']') return false;
  return true;
}
