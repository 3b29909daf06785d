import type { Postmortem, Section, SectionKind } from '@hindsight/core';
import { lintText } from '@hindsight/core/lint';
import type { LintMessage, ProfileName } from '@hindsight/core/lint';
import { ensureHosts, serialisePostmortem } from '@hindsight/core/markdown';

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

/**
 * Findings whose place is a structured field rather than the line that shows them: the
 * detection source answers "how was it detected", the review date a missing follow-up.
 */
function fieldOfRule(m: LintMessage): string | undefined {
  if (m.ruleId === 'timeline-coverage' && m.data?.['name'] === 'detection-method') {
    return 'detection.source';
  }
  if (m.ruleId === 'follow-up-scheduled') return 'followUp.reviewDate';
  return undefined;
}

/** A finding that names a front-matter field (a missing severity, say) goes to that field. */
function placeOf(m: LintMessage, places: (line: number) => FindingPlace): FindingPlace {
  const ruled = fieldOfRule(m);
  if (ruled) return { kind: 'field', field: ruled };
  const field = m.data?.['field'];
  if (typeof field === 'string' && /^[A-Za-z]\w*$/.test(field)) return { kind: 'field', field };
  return places(m.line);
}

/** The structured lists the serialiser writes into a section, and the editor field of each. */
const LISTS: readonly {
  readonly field: string;
  readonly kinds: readonly SectionKind[];
  readonly count: (m: Postmortem) => number;
}[] = [
  { field: 'timeline', kinds: ['timeline'], count: (m) => m.timeline.length },
  {
    field: 'actionItems',
    kinds: ['action-items', 'corrective-measures'],
    count: (m) => m.actionItems.length,
  },
  {
    field: 'rootCause.contributingFactors',
    kinds: ['contributing-factors'],
    count: (m) => m.rootCause.contributingFactors.length,
  },
  { field: 'rootCause.whys', kinds: ['five-whys'], count: (m) => m.rootCause.whys.length },
];

/** Each section that holds a structured list, with the list's field (as the serialiser picks). */
function listHosts(model: Postmortem): Map<Section, string> {
  const hosts = new Map<Section, string>();
  for (const list of LISTS) {
    if (list.count(model) === 0) continue;
    for (const kind of list.kinds) {
      const host = model.sections.find((s) => s.kind === kind);
      if (host) {
        hosts.set(host, list.field);
        break;
      }
    }
  }
  return hosts;
}

// A top-level list item of a timeline, action-item, factor or whys list; later lines of an
// item are indented by the serialiser, so only an item's first line matches.
const ITEM = /^(?:- |\d+\. )/;

/** A function from a 1-based line of the serialised document to the place that wrote it. */
export function placeLines(
  lines: readonly string[],
  model: Postmortem,
): (line: number) => FindingPlace {
  // The serialiser adds a section for a list that has none (ensureHosts): match those too.
  const hosted = ensureHosts(model);
  const hosts = listHosts(hosted);
  const frontEnd = lines[0] === '---' ? lines.indexOf('---', 1) : -1;
  // Heading line (0-based) -> section, matching headings to sections in order.
  const headings: { line: number; section: Section }[] = [];
  let next = 0;
  for (let i = frontEnd + 1; i < lines.length; i += 1) {
    const m = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(lines[i] ?? '');
    if (!m) continue;
    const text = (m[2] ?? '').replace(/\s*<!-- kind: [\w-]+ -->$/, '');
    for (let s = next; s < hosted.sections.length; s += 1) {
      const section = hosted.sections[s];
      if (section && section.level > 0 && section.heading.trim() === text.trim()) {
        headings.push({ line: i, section });
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
    let found: { line: number; section: Section } | undefined;
    for (const h of headings) if (h.line <= at) found = h;
    if (!found) {
      const lead = model.sections.findIndex((s) => s.level === 0);
      return lead >= 0 ? { kind: 'section', index: lead, line: 1 } : { kind: 'document' };
    }
    const { section } = found;
    // The serialiser writes the heading, a blank line, the body, a blank line, then the list.
    const bodyLines = section.body ? section.body.split('\n').length : 0;
    const list = hosts.get(section);
    const listStart = found.line + 2 + (bodyLines > 0 ? bodyLines + 1 : 0);
    if (list && at >= listStart) {
      let row = -1;
      for (let i = listStart; i <= at; i += 1) if (ITEM.test(lines[i] ?? '')) row += 1;
      return { kind: 'field', field: row >= 0 ? `${list}.${row}` : list };
    }
    const index = model.sections.indexOf(section);
    if (index < 0) return { kind: 'document' };
    return { kind: 'section', index, line: Math.max(1, at - found.line - 1) };
  };
}
