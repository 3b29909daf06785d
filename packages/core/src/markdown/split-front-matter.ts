import { parse as parseToml } from 'smol-toml';
import { parseDocument } from 'yaml';
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
  const doc = parseDocument(source, { prettyErrors: false, uniqueKeys: false });
  if (doc.errors.length > 0) {
    for (const error of doc.errors.slice(0, 5)) {
      diagnostics.push({
        severity: 'error',
        code: 'front-matter-syntax',
        message: `Front matter is not valid YAML: ${error.message.split('\n')[0] ?? ''}`,
        line: (error.linePos?.[0]?.line ?? 0) + 1,
        ...(error.linePos?.[0]?.col ? { column: error.linePos[0].col } : {}),
      });
    }
    return {};
  }
  const value: unknown = doc.toJS({ maxAliasCount: 100 });
  return toRecord(value, diagnostics);
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
    return JSON.parse(JSON.stringify(value, dateReplacer)) as Record<string, unknown>;
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
