import MarkdownIt from 'markdown-it';
import type { Contender } from './measure.js';

export const MARKDOWN_IT = 'markdown-it';
export const HINDSIGHT = 'hindsight';

/** The floor: markdown-it's tokeniser with default options, which Hindsight builds on. */
export function markdownItContender(): Contender {
  const md = new MarkdownIt();
  return { name: MARKDOWN_IT, parse: (text) => md.parse(text, {}).length };
}

type ParsePostmortem = (text: string, options?: { fileName?: string }) => unknown;

/**
 * Hindsight's full parse from the built `@hindsight/core/markdown`. Loaded at run time with
 * a checked shape rather than imported statically, so the harness compiles, and can measure
 * markdown-it alone, before the parser exists or when core has not been built.
 */
export async function hindsightContender(
  load: (specifier: string) => Promise<unknown> = (specifier) => import(specifier),
): Promise<Contender> {
  const specifier = '@hindsight/core/markdown';
  let mod: unknown;
  try {
    mod = await load(specifier);
  } catch (error) {
    throw new Error(
      `cannot load ${specifier} (${String(error)}). Build core with \`npm run build\`, ` +
        'or measure markdown-it alone with `--only markdown-it`.',
      { cause: error },
    );
  }
  const parse = parserOf(mod);
  if (parse === undefined) {
    throw new Error(
      `${specifier} exports no parsePostmortem function yet; ` +
        'measure markdown-it alone with `--only markdown-it`.',
    );
  }
  return { name: HINDSIGHT, parse: (text) => countOf(parse(text)) };
}

function parserOf(mod: unknown): ParsePostmortem | undefined {
  if (typeof mod !== 'object' || mod === null || !('parsePostmortem' in mod)) return undefined;
  const fn = mod.parsePostmortem;
  return typeof fn === 'function' ? (fn as ParsePostmortem) : undefined;
}

/** A cheap number from a ParseResult, so the result is used without measuring our own code. */
function countOf(result: unknown): number {
  if (typeof result !== 'object' || result === null || !('diagnostics' in result)) return 1;
  return Array.isArray(result.diagnostics) ? result.diagnostics.length + 1 : 1;
}
