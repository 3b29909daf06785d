import { completePostmortem, postmortemSchema } from '../model/index.js';
import { formatDate } from '../time/index.js';
import type {
  ActionItem,
  ContributingFactor,
  PostmortemInput,
  Section,
  Why,
} from '../model/index.js';
import type { Block } from './block.js';
import { buildSections } from './build-sections.js';
import type { DraftSection } from './build-sections.js';
import { chooseTitle } from './choose-title.js';
import { clipBlocks } from './clip-blocks.js';
import { coerceActionType } from './coerce.js';
import type { Diagnostic } from './diagnostic.js';
import { extractActionItems } from './extract-action-items.js';
import type { ExtractedItem } from './extract-action-items.js';
import { extractFactors, extractWhys } from './extract-root-cause.js';
import { extractTimeline } from './extract-timeline.js';
import type { RawEntry } from './extract-timeline.js';
import { findHeadings } from './find-headings.js';
import { inferMetadata } from './infer-metadata.js';
import type { ParseResult } from './parse-result.js';
import { readFrontMatterFields } from './read-front-matter-fields.js';
import { resolveEntries } from './resolve-entries.js';
import { splitFrontMatter } from './split-front-matter.js';
import { tokenizeBlocks } from './tokenize-blocks.js';
import { countWords } from './word-count.js';

export interface ParseOptions {
  /** Used for a fallback title and in messages. */
  fileName?: string;
}

/**
 * Reads a postmortem written in Markdown, by Hindsight or by hand, into the model. Never
 * throws: whatever cannot be understood is reported as a diagnostic with its line, and the
 * text itself is kept in the sections.
 *
 * @example
 * const { model, diagnostics } = parsePostmortem(readFileSync('pm.md', 'utf8'));
 */
export function parsePostmortem(input: string, options: ParseOptions = {}): ParseResult {
  try {
    return parseUnsafe(input, options);
  } catch (error) {
    // A safety net only: every path above is meant to be total. Tests fail on this code.
    return {
      model: postmortemSchema.parse({ title: fallbackTitle(options) }),
      diagnostics: [
        {
          severity: 'error',
          code: 'internal-error',
          message: `The document could not be read: ${error instanceof Error ? error.message : String(error)}`,
          line: 1,
        },
      ],
      source: { frontMatter: 'none', sections: [], timeline: [], actionItems: [] },
      wordCount: 0,
    };
  }
}

function parseUnsafe(input: string, options: ParseOptions): ParseResult {
  const diagnostics: Diagnostic[] = [];
  const text = normaliseText(input);
  const lines = text.split('\n');
  const fm = splitFrontMatter(lines, diagnostics);
  const { fields, present, extra } = readFrontMatterFields(fm.data, fm.lines, diagnostics);
  let bodyOffset = 0;
  for (let l = 0; l < fm.bodyStart; l++) bodyOffset += (lines[l] ?? '').length + 1;
  const blocks = tokenizeBlocks(text.slice(bodyOffset), fm.bodyStart);
  const marks = findHeadings(blocks, lines);
  const title = chooseTitle(fields.title, marks, blocks, lines);
  const drafts = buildSections(
    marks.filter((m) => !title.consumedMarks.has(m.start)),
    fm.bodyStart,
    lines.length,
    new Set(),
  );

  const hasActionSection = drafts.some((d) => d.kind === 'action-items');
  const consumed: [number, number][] = [...title.consumedLines].map((l): [number, number] => [
    l,
    l + 1,
  ]);
  for (const m of marks) if (title.consumedMarks.has(m.start)) consumed.push([m.start, m.end]);
  const rawEntries: RawEntry[] = [];
  const entryLines: number[] = [];
  const items: ExtractedItem[] = [];
  const whys: { line: number; value: Why }[] = [];
  const factors: { line: number; value: ContributingFactor }[] = [];
  let timelinePreambleDate: RawEntry['headingDate'];
  const dropped = new Set<DraftSection>();

  for (const draft of drafts) {
    const inRange = clipBlocks(blocks, draft.start, draft.end, lines);
    if (draft.kind === 'timeline') {
      const timeline = extractTimeline(inRange, lines);
      rawEntries.push(...timeline.entries);
      entryLines.push(...timeline.entries.map((e) => e.line));
      timelinePreambleDate ??= timeline.preambleDate;
      if (timeline.firstEntryLine !== undefined)
        consumed.push([timeline.firstEntryLine, draft.end]);
      for (const l of timeline.dateHeadingLines) consumed.push([l, l + 1]);
    } else if (
      draft.kind === 'action-items' ||
      (draft.kind === 'corrective-measures' && !hasActionSection)
    ) {
      const fromHeading =
        draft.parent === 'action-items' ? coerceActionType(draft.heading) : undefined;
      const extracted = extractActionItems(inRange, lines, fromHeading);
      const fromHtml = htmlItems(inRange, fromHeading);
      items.push(...extracted.items, ...fromHtml.items);
      consumed.push(...extracted.consumed, ...fromHtml.consumed);
      if (draft.parent === 'action-items' && extracted.items.length + fromHtml.items.length > 0)
        dropped.add(draft);
    } else if (draft.kind === 'five-whys') {
      const extracted = extractWhys(inRange, lines);
      whys.push(...extracted.values);
      consumed.push(...extracted.consumed);
    } else if (draft.kind === 'contributing-factors') {
      const extracted = extractFactors(inRange, lines);
      factors.push(...extracted.values);
      consumed.push(...extracted.consumed);
    }
  }

  const taken = new Uint8Array(lines.length);
  for (const [s, e] of consumed) taken.fill(1, Math.max(0, s), Math.min(lines.length, e));
  const isConsumed = (line: number) => taken[line] === 1;
  const sections: Section[] = [];
  const sectionLines: { line: number }[] = [];
  for (const draft of drafts) {
    const kept: string[] = draft.rest !== undefined ? [draft.rest] : [];
    for (let l = draft.start; l < draft.end; l++) if (!isConsumed(l)) kept.push(lines[l] ?? '');
    const body = tidyBody(kept);
    if (dropped.has(draft) && body === '') continue;
    if (draft.level === 0 && body === '') continue;
    sections.push({ kind: draft.kind, heading: draft.heading, level: draft.level, body });
    sectionLines.push({ line: draft.line + 1 });
  }

  const model: PostmortemInput = {
    ...fields,
    title: clampTitle(title.title ?? fallbackTitle(options), (title.line ?? 0) + 1, diagnostics),
    sections,
    actionItems: items.map((i) => i.item),
    extra,
  };
  if (!title.title) {
    diagnostics.push({
      severity: 'warning',
      code: 'missing-title',
      message: 'The document has no title.',
      line: 1,
    });
  }
  // Whys and factors live in the body; front matter may list them instead, never both.
  const rootCause = { ...(fields.rootCause ?? {}) };
  if (!rootCause.whys?.length) rootCause.whys = whys.map((w) => w.value);
  if (!rootCause.contributingFactors?.length)
    rootCause.contributingFactors = factors.map((f) => f.value);
  model.rootCause = rootCause;
  const timelineDate =
    timelinePreambleDate?.year !== undefined
      ? formatDate({ ...timelinePreambleDate, year: timelinePreambleDate.year })
      : undefined;
  inferMetadata(model, present, {
    sections,
    blocks,
    lines,
    entries: rawEntries,
    drafts,
    ...(timelineDate ? { timelineDate } : {}),
  });
  model.timeline =
    present.has('timeline') && rawEntries.length === 0
      ? (fields.timeline ?? [])
      : resolveEntries(rawEntries, model, timelinePreambleDate, diagnostics);

  const result = completePostmortem(model);
  diagnostics.sort((a, b) => a.line - b.line);
  const parsed: ParseResult = {
    model: result,
    diagnostics,
    source: {
      frontMatter: fm.format,
      ...(title.line !== undefined ? { titleLine: title.line + 1 } : {}),
      sections: sectionLines,
      timeline: entryLines.map((l) => ({ line: l + 1 })),
      actionItems: items.map((i) => ({ line: i.line + 1 })),
    },
    wordCount: 0,
  };
  // Counted on first use: a bulk import needs the structure of thousands of files, not their
  // lengths, and counting is a full pass over the text.
  // Only the text and the code ranges are kept for it, not the blocks.
  const code = blocks.flatMap((b): [number, number][] =>
    b.type === 'code' ? [[b.start, b.end]] : [],
  );
  let words: number | undefined;
  Object.defineProperty(parsed, 'wordCount', {
    enumerable: true,
    get: () => (words ??= countWords(text, fm.bodyStart, code)),
  });
  return parsed;
}

/** BOM, CRLF and lone CR, NUL: the differences between editors that carry no meaning. */
export function normaliseText(input: string): string {
  let text = typeof input === 'string' ? input : String(input);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
  if (text.includes('\0')) text = text.replace(/\0/g, '\uFFFD');
  return text;
}

/** Trims blank lines at both ends and closes up the gaps that lifting lists out leaves. */
function tidyBody(kept: string[]): string {
  return kept
    .map((l) => (l.trim() === '' ? '' : l))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+/, '')
    .trimEnd();
}

function htmlItems(blocks: readonly Block[], type: ActionItem['type']) {
  const items: ExtractedItem[] = [];
  const consumed: [number, number][] = [];
  for (const block of blocks) {
    if (block.type !== 'html') continue;
    const lines = block.lines.filter((l) => l.text !== '' && !/^<img\b/i.test(l.raw.trim()));
    if (lines.length === 0) continue;
    consumed.push([block.start, block.end]);
    for (const l of lines) {
      const title = l.text.replace(/^(?:&\w+;|:[a-z0-9_+-]+:|\s)+/gi, '').trim();
      if (title)
        items.push({ line: l.line, item: { title, status: 'open', ...(type ? { type } : {}) } });
    }
  }
  return { items, consumed };
}

const MAX_TITLE = 300;

/** A title longer than the model allows is cut, and the cut is reported, rather than refused. */
function clampTitle(title: string, line: number, diagnostics: Diagnostic[]): string {
  if (title.length <= MAX_TITLE) return title;
  diagnostics.push({
    severity: 'warning',
    code: 'title-too-long',
    message: `The title is ${title.length} characters long; it was cut to ${MAX_TITLE}.`,
    line,
  });
  return `${title.slice(0, MAX_TITLE - 1).trimEnd()}…`;
}

function fallbackTitle(options: ParseOptions): string {
  const base = options.fileName
    ?.split(/[\\/]/)
    .pop()
    ?.replace(/\.[a-z]+$/i, '')
    .replace(/[-_]+/g, ' ')
    .trim();
  return base || 'Untitled postmortem';
}
