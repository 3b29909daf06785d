import type { ActionItem, Postmortem, SectionKind, TimelineEntry } from '../model/index.js';
import { deriveIncidentTimes, incidentDuration } from '../metrics/index.js';
import type { DerivedIncidentTimes } from '../metrics/index.js';
import type { Diagnostic } from './diagnostic.js';
import type { ParseResult } from './parse-result.js';

/** Version of the `hindsight parse --json` output; bumped only on incompatible changes. */
export const PARSE_REPORT_VERSION = 1;

/** The stable JSON form of a parse, documented in docs/parse-json.md. */
export interface ParseReport {
  version: typeof PARSE_REPORT_VERSION;
  file?: string;
  title: string;
  date: string | null;
  /** The zone the document's times are in (stated or inferred), or null. */
  zone: string | null;
  durationMinutes: number | null;
  incidentTimes: DerivedIncidentTimes;
  sections: { kind: SectionKind; heading: string; level: number; line: number }[];
  timeline: (TimelineEntry & { line: number })[];
  actionItems: (ActionItem & { line: number })[];
  wordCount: number;
  frontMatter: 'yaml' | 'toml' | 'none';
  diagnostics: Diagnostic[];
  model: Postmortem;
}

export function toParseReport(result: ParseResult, file?: string): ParseReport {
  const { model, source } = result;
  const times = deriveIncidentTimes(model);
  return {
    version: PARSE_REPORT_VERSION,
    ...(file ? { file } : {}),
    title: model.title,
    date: model.date ?? null,
    zone: model.timezone ?? null,
    durationMinutes: incidentDuration(model, times) ?? null,
    incidentTimes: times,
    sections: model.sections.map((s, i) => ({
      kind: s.kind,
      heading: s.heading,
      level: s.level,
      line: source.sections[i]?.line ?? 0,
    })),
    timeline: model.timeline.map((e, i) => ({ ...e, line: source.timeline[i]?.line ?? 0 })),
    actionItems: model.actionItems.map((a, i) => ({
      ...a,
      line: source.actionItems[i]?.line ?? 0,
    })),
    wordCount: result.wordCount,
    frontMatter: source.frontMatter,
    diagnostics: result.diagnostics,
    model,
  };
}
