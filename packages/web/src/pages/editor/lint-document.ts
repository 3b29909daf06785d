import type { Postmortem } from '@hindsight/core';
import { lintText } from '@hindsight/core/lint';
import type { LintMessage, ProfileName } from '@hindsight/core/lint';
import { serialisePostmortem } from '@hindsight/core/markdown';

/** Where a finding belongs in the editor: a metadata field, or a line of a prose section. */
export type FindingPlace =
  | { readonly kind: 'field'; readonly field: string }
  | { readonly kind: 'section'; readonly index: number; readonly line: number }
  | { readonly kind: 'document' };

export interface EditorFinding {
  readonly ruleId: string;
  readonly severity: LintMessage['severity'];
  readonly message: string;
  readonly line: number;
  readonly place: FindingPlace;
}

export interface EditorLint {
  readonly findings: readonly EditorFinding[];
  readonly score: number;
  /** How long serialising and linting took, in milliseconds. */
  readonly millis: number;
}

/**
 * Lints the model as the CLI would lint its Markdown: serialise, then core's `lintText`. The
 * editor edits the model, not the text, so each finding's line is mapped back to the field or
 * section that wrote it (front-matter key, or the section under the nearest heading above).
 */
export function lintDocument(model: Postmortem, profile: ProfileName): EditorLint {
  const started = performance.now();
  const markdown = serialisePostmortem(model);
  const result = lintText(markdown, { profile });
  const lines = markdown.split('\n');
  const places = placeLines(lines, model);
  const findings = result.messages.map((m) => ({
    ruleId: m.ruleId,
    severity: m.severity,
    message: m.message,
    line: m.line,
    place: placeOf(m, places),
  }));
  return { findings, score: result.score.value, millis: performance.now() - started };
}

/** A finding that names a front-matter field (a missing severity, say) goes to that field. */
function placeOf(m: LintMessage, places: (line: number) => FindingPlace): FindingPlace {
  const field = m.data?.['field'];
  if (typeof field === 'string' && /^[A-Za-z]\w*$/.test(field)) return { kind: 'field', field };
  return places(m.line);
}

/** A function from a 1-based line of the serialised document to the place that wrote it. */
export function placeLines(
  lines: readonly string[],
  model: Postmortem,
): (line: number) => FindingPlace {
  const frontEnd = lines[0] === '---' ? lines.indexOf('---', 1) : -1;
  // Heading line (0-based) -> section index, matching headings to sections in order.
  const headings: { line: number; index: number }[] = [];
  let next = 0;
  for (let i = frontEnd + 1; i < lines.length; i += 1) {
    const m = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(lines[i] ?? '');
    if (!m) continue;
    const text = m[2] ?? '';
    for (let s = next; s < model.sections.length; s += 1) {
      const section = model.sections[s];
      if (section && section.level > 0 && section.heading.trim() === text.trim()) {
        headings.push({ line: i, index: s });
        next = s + 1;
        break;
      }
    }
  }
  return (line) => {
    const at = line - 1;
    if (frontEnd > 0 && at <= frontEnd) {
      for (let i = Math.min(at, frontEnd - 1); i > 0; i -= 1) {
        const key = /^([A-Za-z][\w]*):/.exec(lines[i] ?? '');
        if (key?.[1]) return { kind: 'field', field: key[1] };
      }
      return { kind: 'field', field: 'title' };
    }
    let found: { line: number; index: number } | undefined;
    for (const h of headings) if (h.line <= at) found = h;
    if (!found) {
      const lead = model.sections.findIndex((s) => s.level === 0);
      return lead >= 0 ? { kind: 'section', index: lead, line: 1 } : { kind: 'document' };
    }
    // The serialiser writes a blank line after the heading, then the body.
    return { kind: 'section', index: found.index, line: Math.max(1, at - found.line - 1) };
  };
}
