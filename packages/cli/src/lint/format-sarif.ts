import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LintMessage, RuleLevel, RuleMeta } from '@hindsight/core/lint';
import type { FileLintResult } from './file-lint-result.js';
import type { FormatContext } from './format-context.js';
import { jsonPieces } from './json-pieces.js';
import { reportPath } from './report-path.js';

export const SARIF_SCHEMA =
  'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

/**
 * Where the tool describes itself. SARIF wants an absolute URI here; this one must change
 * when the project has a public home.
 */
export const INFORMATION_URI = 'https://hindsight.invalid/';

/** Stands for the results in the log's skeleton, where no other string can be this. */
const RESULTS = '\u0000results';

/** The base that `%SRCROOT%` stands for is the folder lint ran in; consumers supply it. */
const SRCROOT = '%SRCROOT%';

/**
 * A SARIF 2.1.0 log with one run: Hindsight as the tool with every rule it knows, and one
 * result per message, located by a repository-relative URI and a 1-based region. This is
 * what GitHub code scanning and other SARIF viewers read.
 */
export function formatSarif(
  results: readonly FileLintResult[],
  context: FormatContext,
): Iterable<string> {
  const rules = [...context.rules].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const ruleIndex = new Map(rules.map((rule, i) => [rule.id, i]));
  function* sarifResults() {
    for (const { filePath, result } of results) {
      const artifact = artifactLocation(reportPath(filePath, context.cwd));
      yield* result.messages.map((m) => ({
        ruleId: m.ruleId,
        ...(ruleIndex.has(m.ruleId) ? { ruleIndex: ruleIndex.get(m.ruleId) } : {}),
        level: m.severity,
        message: { text: m.message },
        locations: [{ physicalLocation: { artifactLocation: artifact, region: region(m) } }],
      }));
    }
  }
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'hindsight',
            informationUri: INFORMATION_URI,
            version: context.version,
            rules: rules.map((rule) => descriptor(rule, context.ruleLevels[rule.id] ?? 'off')),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: [RESULTS],
      },
    ],
  };
  return jsonPieces(log, RESULTS, sarifResults());
}

function descriptor(rule: RuleMeta, level: RuleLevel) {
  return {
    id: rule.id,
    shortDescription: { text: rule.description },
    helpUri: `docs/rules/${rule.id}.md`,
    defaultConfiguration: {
      enabled: level !== 'off',
      level: level === 'error' ? 'error' : level === 'warn' ? 'warning' : 'none',
    },
    properties: { fixable: rule.fixable },
  };
}

/**
 * A relative path as a URI reference: each segment percent-encoded, so spaces and `#` in
 * file names survive. Absolute paths (files outside the folder) become `file://` URIs.
 */
function artifactLocation(path: string): { uri: string; uriBaseId?: string } {
  if (isAbsolute(path) || /^[A-Za-z]:\//.test(path)) return { uri: pathToFileURL(path).href };
  const uri = path
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
  return { uri, uriBaseId: SRCROOT };
}

/** SARIF regions are 1-based with an exclusive end column, as lint messages count them. */
function region(m: LintMessage) {
  const start = { startLine: Math.max(1, m.line), startColumn: Math.max(1, m.column) };
  if (m.endLine === undefined && m.endColumn === undefined) return start;
  const endLine = Math.max(start.startLine, m.endLine ?? start.startLine);
  // An end before the start would make the region invalid; the start alone still locates it.
  const endColumn =
    m.endColumn !== undefined && (endLine > start.startLine || m.endColumn >= start.startColumn)
      ? { endColumn: m.endColumn }
      : {};
  return { ...start, endLine, ...endColumn };
}
