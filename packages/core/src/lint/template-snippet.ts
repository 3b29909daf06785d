import { parsePostmortem, serialisePostmortem } from '../markdown/index.js';
import type { SectionKind } from '../model/index.js';
import { BUILT_IN_TEMPLATES } from '../templates/index.js';
import type { ProfileName } from './types.js';

/** A section of a built-in template, as Markdown lines, with its heading and level. */
export interface TemplateSnippet {
  heading: string;
  level: number;
  /** The heading line, the prompts and any sub-sections, without trailing blank lines. */
  lines: readonly string[];
}

// Per profile, then per kind: a key string built on every call would cost more than the lookup.
const cache = new Map<ProfileName, Map<SectionKind, TemplateSnippet | null>>();

/**
 * The first section of `kind` (with its sub-sections) in the template of the same name as the
 * profile, else in the other built-in templates: what `required-sections` inserts as a fix.
 * Built once per profile and kind; a document that lacks nothing never builds one.
 */
export function templateSnippet(
  profile: ProfileName,
  kind: SectionKind,
): TemplateSnippet | undefined {
  let byKind = cache.get(profile);
  if (!byKind) {
    byKind = new Map();
    cache.set(profile, byKind);
  }
  const cached = byKind.get(kind);
  if (cached !== undefined) return cached ?? undefined;
  const order = [
    ...BUILT_IN_TEMPLATES.filter((t) => t.id === profile),
    ...BUILT_IN_TEMPLATES.filter((t) => t.id !== profile),
  ];
  let found: TemplateSnippet | undefined;
  for (const template of order) {
    found = snippetOf(renderedTemplate(template.id), kind);
    if (found) break;
  }
  byKind.set(kind, found ?? null);
  return found;
}

const rendered = new Map<string, { lines: string[]; parsed: ReturnType<typeof parsePostmortem> }>();

function renderedTemplate(id: string) {
  const hit = rendered.get(id);
  if (hit) return hit;
  const template = BUILT_IN_TEMPLATES.find((t) => t.id === id);
  const text = template ? serialisePostmortem(template.build({ title: 'Postmortem' })) : '';
  const value = { lines: text.split('\n'), parsed: parsePostmortem(text) };
  rendered.set(id, value);
  return value;
}

function snippetOf(
  doc: { lines: string[]; parsed: ReturnType<typeof parsePostmortem> },
  kind: SectionKind,
): TemplateSnippet | undefined {
  const { sections } = doc.parsed.model;
  const at = sections.findIndex((s) => s.kind === kind && s.level > 0);
  const section = sections[at];
  if (!section) return undefined;
  const start = (doc.parsed.source.sections[at]?.line ?? 1) - 1;
  let end = doc.lines.length;
  for (let j = at + 1; j < sections.length; j++) {
    const next = sections[j];
    if (next && next.level <= section.level) {
      end = (doc.parsed.source.sections[j]?.line ?? end + 1) - 1;
      break;
    }
  }
  const lines = doc.lines.slice(start, end);
  while (lines.length > 0 && (lines[lines.length - 1] ?? '').trim() === '') lines.pop();
  return { heading: section.heading, level: section.level, lines };
}

const shifted = new WeakMap<TemplateSnippet, Map<number, readonly string[]>>();

/** The snippet's lines with every heading moved to start at `level` (1 to 6). */
export function atLevel(snippet: TemplateSnippet, level: number): readonly string[] {
  let byLevel = shifted.get(snippet);
  if (!byLevel) {
    byLevel = new Map();
    shifted.set(snippet, byLevel);
  }
  const hit = byLevel.get(level);
  if (hit) return hit;
  const delta = level - snippet.level;
  const lines = snippet.lines.map((line) => {
    const m = /^(#{1,6})(\s)/.exec(line);
    if (!m?.[1] || delta === 0) return line;
    const depth = Math.min(6, Math.max(1, m[1].length + delta));
    return '#'.repeat(depth) + line.slice(m[1].length);
  });
  byLevel.set(level, lines);
  return lines;
}
