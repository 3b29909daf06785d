import type { DocumentView } from './document-view.js';
import type { LintMessage } from './types.js';

/** One `<!-- hindsight-… -->` comment. `ids` empty means every rule. */
interface Directive {
  kind: 'disable' | 'enable' | 'disable-next-line' | 'disable-line';
  line: number;
  ids: readonly string[];
}

// `<!-- hindsight-disable rule-a, rule-b -- why -->`; the reason after `--` is for people.
const DIRECTIVE =
  /<!--\s*hindsight-(disable-next-line|disable-line|disable|enable)\b((?:(?!-->).)*?)-->/g;

const MARKER = /hindsight-/g;

/** Every directive in the document, in order. Comments inside code blocks do not count. */
export function readDirectives(view: DocumentView): Directive[] {
  const out: Directive[] = [];
  for (const line of view.linesMatching(MARKER)) {
    const text = view.line(line);
    DIRECTIVE.lastIndex = 0;
    for (let m = DIRECTIVE.exec(text); m !== null; m = DIRECTIVE.exec(text)) {
      const rest = (m[2] ?? '').split(/\s--\s|\s--$/)[0] ?? '';
      const ids = rest.split(/[\s,]+/).filter((s) => s !== '');
      out.push({ kind: m[1] as Directive['kind'], line, ids });
    }
  }
  return out;
}

/**
 * Drops the messages that directives turn off. `disable` holds to the end of the file or to a
 * matching `enable`; placed before the first section heading it covers the whole file, so
 * findings about the document as a whole (reported at its top) are covered too.
 * `disable-next-line` and `disable-line` cover one line.
 */
export function applyDirectives(view: DocumentView, messages: LintMessage[]): LintMessage[] {
  if (messages.length === 0) return messages;
  const directives = readDirectives(view);
  if (directives.length === 0) return messages;
  const firstHeading = view.sections.find((s) => s.level > 0)?.line ?? Number.POSITIVE_INFINITY;
  const ranged = directives
    .filter((d) => d.kind === 'disable' || d.kind === 'enable')
    .map((d) => ({ ...d, from: d.kind === 'disable' && d.line < firstHeading ? 1 : d.line }))
    .sort((a, b) => a.from - b.from);
  const applies = (d: { ids: readonly string[] }, ruleId: string) =>
    d.ids.length === 0 || d.ids.includes(ruleId);
  return messages.filter((m) => {
    for (const d of directives) {
      if (d.kind === 'disable-next-line' && d.line + 1 === m.line && applies(d, m.ruleId))
        return false;
      if (d.kind === 'disable-line' && d.line === m.line && applies(d, m.ruleId)) return false;
    }
    let disabled = false;
    for (const d of ranged) {
      if (d.from > m.line) break;
      if (applies(d, m.ruleId)) disabled = d.kind === 'disable';
    }
    return !disabled;
  });
}
