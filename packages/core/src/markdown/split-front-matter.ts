import { parse as parseToml } from 'smol-toml';
import { CORE_SCHEMA, load } from 'js-yaml';
import type { Diagnostic } from './diagnostic.js';

export interface FrontMatter {
  format: 'yaml' | 'toml' | 'none';
  data: Record<string, unknown>;
  /** 0-based line where the Markdown body starts. */
  bodyStart: number;
  /** The front matter's own lines (without fences), for locating keys in diagnostics. */
  lines: string[];
}

/**
 * Separates YAML (`---`) or TOML (`+++`) front matter from the body. A block that does not
 * parse is reported with its line and ignored rather than guessed at; an unclosed fence is
 * treated as ordinary Markdown, so nothing of the document is dropped.
 */
export function splitFrontMatter(lines: readonly string[], diagnostics: Diagnostic[]): FrontMatter {
  const none: FrontMatter = { format: 'none', data: {}, bodyStart: 0, lines: [] };
  const fence = lines[0]?.trimEnd();
  if (fence !== '---' && fence !== '+++') return none;
  const format = fence === '---' ? 'yaml' : 'toml';
  let close = -1;
  for (let i = 1; i < lines.length; i++) {
    const l = (lines[i] ?? '').trimEnd();
    if (l === fence || (format === 'yaml' && l === '...')) {
      close = i;
      break;
    }
  }
  if (close < 0) {
    if (format === 'toml') {
      diagnostics.push({
        severity: 'warning',
        code: 'front-matter-unclosed',
        message: 'The +++ front matter is never closed; it was read as ordinary text.',
        line: 1,
      });
    }
    return none;
  }
  const fmLines = lines.slice(1, close);
  const source = fmLines.join('\n');
  const data = format === 'yaml' ? readYaml(source, diagnostics) : readToml(source, diagnostics);
  return { format, data, bodyStart: close + 1, lines: fmLines };
}

function readYaml(source: string, diagnostics: Diagnostic[]): Record<string, unknown> {
  try {
    // The core schema keeps `2024-03-20` a string (no Date objects); `json` lets a repeated key
    // win instead of failing the whole block.
    return toRecord(load(source, { schema: CORE_SCHEMA, json: true }), diagnostics);
  } catch (error) {
    const e = error as {
      reason?: string;
      message?: string;
      mark?: { line?: number; column?: number };
    };
    diagnostics.push({
      severity: 'error',
      code: 'front-matter-syntax',
      message: `Front matter is not valid YAML: ${e.reason ?? (e.message ?? 'syntax error').split('\n')[0] ?? ''}`,
      // The mark counts from the first line inside the fence, which is line 2 of the file.
      line: (e.mark?.line ?? 0) + 2,
      ...(e.mark?.column ? { column: e.mark.column + 1 } : {}),
    });
    return {};
  }
}

function readToml(source: string, diagnostics: Diagnostic[]): Record<string, unknown> {
  try {
    return toRecord(parseToml(source), diagnostics);
  } catch (error) {
    const e = error as { message?: string; line?: number; column?: number };
    diagnostics.push({
      severity: 'error',
      code: 'front-matter-syntax',
      message: `Front matter is not valid TOML: ${(e.message ?? 'syntax error').split('\n')[0] ?? ''}`,
      line: (e.line ?? 0) + 1,
      ...(e.column ? { column: e.column } : {}),
    });
    return {};
  }
}

function toRecord(value: unknown, diagnostics: Diagnostic[]): Record<string, unknown> {
  if (value === null || value === undefined) return {};
  if (typeof value === 'object' && !Array.isArray(value)) {
    // Only TOML produces Date objects; YAML is read with the core schema, which has none.
    return hasDate(value)
      ? (JSON.parse(JSON.stringify(value, dateReplacer)) as Record<string, unknown>)
      : (value as Record<string, unknown>);
  }
  diagnostics.push({
    severity: 'error',
    code: 'front-matter-shape',
    message: 'Front matter must be a mapping of keys to values.',
    line: 2,
  });
  return {};
}

// TOML dates become Date objects; keep them as ISO text like every other date.
function dateReplacer(this: unknown, _key: string, value: unknown): unknown {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T00:00:00\.000Z$/.test(value)) {
    return value.slice(0, 10);
  }
  return value;
}

function hasDate(value: unknown): boolean {
  if (value instanceof Date) return true;
  if (typeof value !== 'object' || value === null) return false;
  return Object.values(value).some(hasDate);
}
