import type { LintMessage, LintResult } from '@hindsight/core/lint';

/*
 * The cache holds tens of thousands of results whose messages repeat the same rule ids,
 * texts and fixes across files. Written as plain objects that came to about 5 KB a file, and
 * reading it back took longer than a warm run may. So each result is stored as flat arrays
 * of numbers, whose strings live once in a shared table: a fifth of the size, and few enough
 * objects that JSON.parse and the garbage collector have little to do.
 */

/** A result as the cache file stores it; see {@link encodeResult}. */
export type EncodedResult = [
  profile: number,
  errorCount: number,
  warningCount: number,
  fixableCount: number,
  score: number,
  wordCount: number,
  /** {@link BREAKDOWN_STRIDE} numbers per rule: ruleId, penalty, messages. */
  breakdown: number[],
  /** {@link MESSAGE_STRIDE} numbers per message, in the order of the M_ offsets below. */
  messages: number[],
];

const BREAKDOWN_STRIDE = 3;
const MESSAGE_STRIDE = 13;
// Offsets within a message; strings are table ids, and -1 marks what is absent.
const M_RULE = 0;
const M_ID = 1;
const M_SEVERITY = 2; // 0 error, 1 warning
const M_TEXT = 3;
const M_LINE = 4;
const M_COLUMN = 5;
const M_END_LINE = 6;
const M_END_COLUMN = 7;
const M_DATA = 8; // the data as JSON
const M_FIX_START = 9;
const M_FIX_END = 10;
const M_FIX_TEXT = 11;
const M_SUGGESTION = 12;

const RESULT_KEYS = new Set([
  'messages',
  'errorCount',
  'warningCount',
  'fixableCount',
  'score',
  'profile',
  'wordCount',
]);
const MESSAGE_KEYS = new Set([
  'ruleId',
  'messageId',
  'severity',
  'message',
  'data',
  'line',
  'column',
  'endLine',
  'endColumn',
  'fix',
  'suggestion',
]);

/** Collects strings into a table, each once, and hands out their positions. */
export class StringTable {
  readonly strings: string[];
  private readonly index = new Map<string, number>();

  /** A table that starts with `initial`, keeping their positions. */
  constructor(initial: readonly string[] = []) {
    this.strings = [...initial];
    initial.forEach((text, id) => {
      if (!this.index.has(text)) this.index.set(text, id);
    });
  }

  /** The position of `text` in the table, adding it the first time. */
  id(text: string): number {
    let id = this.index.get(text);
    if (id === undefined) {
      id = this.strings.length;
      this.strings.push(text);
      this.index.set(text, id);
    }
    return id;
  }
}

/**
 * Encodes a result against a string table, or returns undefined when the result has a field
 * this encoding does not know (a newer engine): such a result is then not cached, rather than
 * cached with a field missing.
 */
export function encodeResult(result: LintResult, table: StringTable): EncodedResult | undefined {
  if (!Object.keys(result).every((key) => RESULT_KEYS.has(key))) return undefined;
  if (!Object.keys(result.score).every((key) => key === 'value' || key === 'breakdown')) {
    return undefined;
  }
  const messages: number[] = [];
  for (const m of result.messages) {
    if (!Object.keys(m).every((key) => MESSAGE_KEYS.has(key))) return undefined;
    messages.push(
      table.id(m.ruleId),
      table.id(m.messageId),
      m.severity === 'error' ? 0 : 1,
      table.id(m.message),
      m.line,
      m.column,
      m.endLine ?? -1,
      m.endColumn ?? -1,
      m.data === undefined ? -1 : table.id(JSON.stringify(m.data)),
      m.fix?.range[0] ?? -1,
      m.fix?.range[1] ?? -1,
      m.fix === undefined ? -1 : table.id(m.fix.text),
      m.suggestion === undefined ? -1 : table.id(m.suggestion),
    );
  }
  return [
    table.id(result.profile),
    result.errorCount,
    result.warningCount,
    result.fixableCount,
    result.score.value,
    result.wordCount,
    result.score.breakdown.flatMap((b) => [table.id(b.ruleId), b.penalty, b.messages]),
    messages,
  ];
}

/**
 * Rebuilds a result from its encoding, or returns undefined when the encoding does not fit
 * the table (a damaged cache file): the file is then linted again. The counts and score are
 * plain values; `messages` is decoded afresh each time it is read, so that the results of
 * thousands of files never need to be in memory as objects all at once (read it once per
 * use). `parsedData` shares the data objects parsed from the table between messages and
 * keeps them for later reads; without it, each read parses its messages' data afresh and
 * keeps nothing, for results read once.
 */
export function decodeResult(
  encoded: unknown,
  strings: readonly string[],
  parsedData?: Map<number, Record<string, string | number>>,
): LintResult | undefined {
  if (!isEncodedResult(encoded, strings)) return undefined;
  const [profile, errorCount, warningCount, fixableCount, score, wordCount, breakdown, messages] =
    encoded;
  const text = (id: number): string => strings[id] ?? '';
  const breakdownEntries: LintResult['score']['breakdown'] = [];
  for (let i = 0; i < breakdown.length; i += BREAKDOWN_STRIDE) {
    breakdownEntries.push({
      ruleId: text(breakdown[i] ?? -1),
      penalty: breakdown[i + 1] ?? 0,
      messages: breakdown[i + 2] ?? 0,
    });
  }
  return {
    get messages(): LintMessage[] {
      const decoded: LintMessage[] = [];
      const shared = parsedData ?? new Map<number, Record<string, string | number>>();
      for (let i = 0; i < messages.length; i += MESSAGE_STRIDE) {
        decoded.push(decodeMessage(messages, i, text, shared));
      }
      return decoded;
    },
    errorCount,
    warningCount,
    fixableCount,
    score: { value: score, breakdown: breakdownEntries },
    profile: text(profile) as LintResult['profile'],
    wordCount,
  };
}

function decodeMessage(
  m: readonly number[],
  at: number,
  text: (id: number) => string,
  parsedData: Map<number, Record<string, string | number>>,
): LintMessage {
  const field = (offset: number): number => m[at + offset] ?? -1;
  const decoded: LintMessage = {
    ruleId: text(field(M_RULE)),
    messageId: text(field(M_ID)),
    severity: field(M_SEVERITY) === 0 ? 'error' : 'warning',
    message: text(field(M_TEXT)),
    line: field(M_LINE),
    column: field(M_COLUMN),
  };
  if (field(M_END_LINE) !== -1) decoded.endLine = field(M_END_LINE);
  if (field(M_END_COLUMN) !== -1) decoded.endColumn = field(M_END_COLUMN);
  const data = field(M_DATA);
  if (data !== -1) {
    const value = parsedData.get(data) ?? parseData(text(data));
    if (value !== undefined) {
      // Shared between the messages with the same data; nothing downstream modifies it.
      parsedData.set(data, value);
      decoded.data = value;
    }
  }
  if (field(M_FIX_TEXT) !== -1) {
    decoded.fix = { range: [field(M_FIX_START), field(M_FIX_END)], text: text(field(M_FIX_TEXT)) };
  }
  if (field(M_SUGGESTION) !== -1) decoded.suggestion = text(field(M_SUGGESTION));
  return decoded;
}

function parseData(json: string): Record<string, string | number> | undefined {
  try {
    const value: unknown = JSON.parse(json);
    return typeof value === 'object' && value !== null
      ? (value as Record<string, string | number>)
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Checks the shape, that every entry is a whole number and every string reference is in the
 * table, in tight loops that build nothing: a result that passes decodes without failing.
 */
function isEncodedResult(value: unknown, strings: readonly string[]): value is EncodedResult {
  if (!Array.isArray(value) || value.length !== 8) return false;
  const [profile, errors, warnings, fixable, score, words, breakdown, messages] =
    value as unknown[];
  if (![profile, errors, warnings, fixable, score, words].every(Number.isInteger)) return false;
  if (!Array.isArray(breakdown) || breakdown.length % BREAKDOWN_STRIDE !== 0) return false;
  if (!Array.isArray(messages) || messages.length % MESSAGE_STRIDE !== 0) return false;
  const size = strings.length;
  if ((profile as number) < 0 || (profile as number) >= size) return false;
  for (const list of [breakdown, messages] as unknown[][]) {
    for (let i = 0; i < list.length; i++) {
      const n = list[i];
      if (!Number.isInteger(n) || (n as number) < -1 || (n as number) > Number.MAX_SAFE_INTEGER) {
        return false;
      }
    }
  }
  for (let i = 0; i < breakdown.length; i += BREAKDOWN_STRIDE) {
    if ((breakdown[i] as number) < 0 || (breakdown[i] as number) >= size) return false;
  }
  for (let i = 0; i < messages.length; i += MESSAGE_STRIDE) {
    const m = messages as number[];
    // Required strings are 0 or more, optional ones may be -1; all must be in the table.
    if (Math.min(m[i + M_RULE] ?? -1, m[i + M_ID] ?? -1, m[i + M_TEXT] ?? -1) < 0) return false;
    const most = Math.max(
      m[i + M_RULE] ?? 0,
      m[i + M_ID] ?? 0,
      m[i + M_TEXT] ?? 0,
      m[i + M_DATA] ?? 0,
      m[i + M_FIX_TEXT] ?? 0,
      m[i + M_SUGGESTION] ?? 0,
    );
    if (most >= size) return false;
  }
  return true;
}
