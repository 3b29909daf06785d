import type { ContributingFactor, FactorCategory, Why } from '../model/index.js';
import { factorCategorySchema } from '../model/index.js';
import type { Block } from './block.js';
import { dedent } from './extract-timeline.js';

const LIST_MARKER = /^\s*(?:[-*+]|\d{1,3}[.)])\s+(?:\[[ xX]\]\s+)?/;
const WHY = /^\s*(?:\*\*|__)?\s*(.+?\?)\s*(?:\*\*|__)?\s*(?:[-–—:→>]+\s*)?([\s\S]*)$/;
const BOLD_ONLY = /^\s*(?:\*\*|__)([\s\S]+)(?:\*\*|__)\s*$/;
const CATEGORY_TAG = /\s*<!--\s*category:\s*([a-z-]+)\s*-->\s*$/;

export interface ExtractedList<T> {
  values: { line: number; value: T }[];
  consumed: [number, number][];
}

function listItemTexts(blocks: readonly Block[], lines: readonly string[]) {
  const out: { line: number; text: string }[] = [];
  const consumed: [number, number][] = [];
  for (const block of blocks) {
    if (block.type !== 'list') continue;
    consumed.push([block.start, block.end]);
    for (const item of block.items) {
      const head = (lines[item.start] ?? '').replace(LIST_MARKER, '').trim();
      const rest = dedent(lines.slice(item.start + 1, item.end));
      out.push({ line: item.start, text: rest ? `${head}\n${rest}` : head });
    }
  }
  return { out, consumed };
}

/**
 * Reads a "five whys" list: each item a question ending in `?` and its answer. A chain written
 * any other way (nested, branching) stays in the section as written, since flattening it
 * would lose its shape.
 */
export function extractWhys(
  blocks: readonly Block[],
  lines: readonly string[],
): ExtractedList<Why> {
  const { out, consumed } = listItemTexts(blocks, lines);
  const flat =
    out.length > 0 && out.every(({ text }) => /^[^\n]*\?/.test(text) && !text.includes('\n\n'));
  if (!flat) return { values: [], consumed: [] };
  const values = out.flatMap(({ line, text }) => {
    const m = WHY.exec(text);
    const value: Why = m
      ? { question: (m[1] ?? '').trim(), answer: (m[2] ?? '').trim() }
      : { question: (BOLD_ONLY.exec(text)?.[1] ?? text).trim(), answer: '' };
    return value.question ? [{ line, value }] : [];
  });
  return { values, consumed };
}

/** Reads contributing factors from the lists of a section, each with an inferred category. */
export function extractFactors(
  blocks: readonly Block[],
  lines: readonly string[],
): ExtractedList<ContributingFactor> {
  const { out, consumed } = listItemTexts(blocks, lines);
  const values = out.flatMap(({ line, text }) => {
    const tag = CATEGORY_TAG.exec(text);
    const clean = (tag ? text.slice(0, tag.index) : text).trim();
    if (!/[\p{L}\p{N}]/u.test(clean)) return [];
    const tagged = tag ? factorCategorySchema.safeParse(tag[1]) : undefined;
    // `none` pins "no category" where the wording would suggest one.
    const category =
      tag?.[1] === 'none' ? undefined : tagged?.success ? tagged.data : categoriseFactor(clean);
    return [{ line, value: category ? { text: clean, category } : { text: clean } }];
  });
  return { values, consumed };
}

const CATEGORY_RULES: readonly [FactorCategory, RegExp][] = [
  [
    'monitoring',
    /\bmonitor|\balert|\bobservab|\bdashboard|\bvisibility|\bin the dark\b|\blogging\b/i,
  ],
  [
    'capacity',
    /\bcapacity|\bload\b|\btraffic|\bscal(?:e|ing)|\bexhaust|\bstarvation|\bout of (?:memory|disk|space)|\blimits?\b|\bquota/i,
  ],
  ['configuration', /\bconfig|\bsetting|\btypo\b|\bmisconfig|\bflag\b|\benvironment variable/i],
  ['change', /\bdeploy|\brelease|\brollout|\bmigrat|\bupgrade|\bpull request|\bmerge|\bchange\b/i],
  [
    'dependency',
    /\bdependenc|\bthird[- ]party|\bvendor|\bupstream|\bprovider|\bexternal service|\bgithub\b|\baws\b|\bcloud\b/i,
  ],
  [
    'hardware',
    /\bhardware|\bdisk failure|\bpower\b|\bnetwork (?:card|switch)|\bdatacenter|\bdata center/i,
  ],
  ['security', /\bsecurity|\battack|\bddos|\bbreach|\bvulnerab|\bcredential|\bcertificate/i],
  [
    'process',
    /\bprocess|\bprocedure|\bchecklist|\breview|\brunbook|\bplaybook|\btraining|\bdocumentation|\bcommunicat|\bprioriti/i,
  ],
  [
    'software',
    /\bbug\b|\bregression|\bcode\b|\bleak|\bdeadlock|\brace condition|\bexception|\btest/i,
  ],
];

/** The category of a contributing factor from its wording; undefined when nothing fits. */
export function categoriseFactor(text: string): FactorCategory | undefined {
  for (const [category, pattern] of CATEGORY_RULES) if (pattern.test(text)) return category;
  return undefined;
}
