/** One line of an edit script: kept (` `), removed (`-`) or added (`+`), with its text. */
export interface DiffLine {
  op: ' ' | '-' | '+';
  /** The line including its `\n`, when it has one (the last line of a file may not). */
  text: string;
}

/** Lines of context around each change, as `diff -u` and git print by default. */
const CONTEXT = 3;

/*
 * Above this many cells of Myers' trace (edit distance × line count), the files are so unlike
 * each other that a minimal diff is not worth the memory: the changed middle is then shown as
 * removed and added whole, which is still a correct diff.
 */
const MAX_TRACE_CELLS = 20_000_000;

/**
 * A unified diff of two texts, as `diff -u` prints it, with `a/` and `b/` before the path so
 * that `git apply` and `patch -p1` accept it. Equal texts give the empty string.
 *
 * @example
 * unifiedDiff('notes.md', 'a\nb\n', 'a\nc\n');
 * // --- a/notes.md\n+++ b/notes.md\n@@ -1,2 +1,2 @@\n a\n-b\n+c\n
 */
export function unifiedDiff(path: string, before: string, after: string): string {
  if (before === after) return '';
  const script = diffLines(splitLines(before), splitLines(after));
  const hunks = groupHunks(script);
  if (hunks.length === 0) return '';
  return `--- a/${path}\n+++ b/${path}\n${hunks.join('')}`;
}

/** Splits text into lines that keep their `\n`; a `\r` before it stays part of the line. */
export function splitLines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

/**
 * The shortest edit script turning `a` into `b` (Myers' O(ND) algorithm), after setting aside
 * the common start and end, which is where most of a fix's unchanged lines are.
 */
export function diffLines(a: readonly string[], b: readonly string[]): DiffLine[] {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const middle = myers(a.slice(start, endA), b.slice(start, endB));
  return [
    ...a.slice(0, start).map((text): DiffLine => ({ op: ' ', text })),
    ...middle,
    ...a.slice(endA).map((text): DiffLine => ({ op: ' ', text })),
  ];
}

function myers(a: readonly string[], b: readonly string[]): DiffLine[] {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  if (max === 0) return [];
  const offset = max + 1;
  // v[k + offset] is the furthest x reached on diagonal k = x - y.
  let v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= max; d++) {
    if ((d + 1) * (2 * max + 3) > MAX_TRACE_CELLS) return replaceAll(a, b);
    trace.push(v);
    const next = v.slice();
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && (v[k - 1 + offset] ?? 0) < (v[k + 1 + offset] ?? 0));
      let x = down ? (v[k + 1 + offset] ?? 0) : (v[k - 1 + offset] ?? 0) + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      next[k + offset] = x;
      if (x >= n && y >= m) return backtrack(trace, a, b, offset, d);
    }
    v = next;
  }
  return replaceAll(a, b);
}

/** Walks the saved frontiers back from the end to recover which lines were kept or changed. */
function backtrack(
  trace: readonly Int32Array[],
  a: readonly string[],
  b: readonly string[],
  offset: number,
  depth: number,
): DiffLine[] {
  const out: DiffLine[] = [];
  let x = a.length;
  let y = b.length;
  for (let d = depth; d > 0; d--) {
    // trace[d] is the frontier before step d, the one step d chose its move from.
    const v = trace[d] ?? new Int32Array(0);
    const k = x - y;
    const down = k === -d || (k !== d && (v[k - 1 + offset] ?? 0) < (v[k + 1 + offset] ?? 0));
    const prevK = down ? k + 1 : k - 1;
    const prevX = v[prevK + offset] ?? 0;
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      x--;
      y--;
      out.push({ op: ' ', text: a[x] ?? '' });
    }
    if (down) out.push({ op: '+', text: b[--y] ?? '' });
    else out.push({ op: '-', text: a[--x] ?? '' });
  }
  while (x > 0 && y > 0) {
    x--;
    y--;
    out.push({ op: ' ', text: a[x] ?? '' });
  }
  return out.reverse();
}

function replaceAll(a: readonly string[], b: readonly string[]): DiffLine[] {
  return [
    ...a.map((text): DiffLine => ({ op: '-', text })),
    ...b.map((text): DiffLine => ({ op: '+', text })),
  ];
}

/** Cuts an edit script into hunks with {@link CONTEXT} lines around changes, merging close ones. */
function groupHunks(script: readonly DiffLine[]): string[] {
  const changes: number[] = [];
  script.forEach((line, i) => {
    if (line.op !== ' ') changes.push(i);
  });
  const hunks: string[] = [];
  let i = 0;
  while (i < changes.length) {
    const first = changes[i] ?? 0;
    let last = first;
    while (i + 1 < changes.length && (changes[i + 1] ?? 0) - last <= 2 * CONTEXT + 1) {
      last = changes[++i] ?? last;
    }
    i++;
    const from = Math.max(0, first - CONTEXT);
    const to = Math.min(script.length, last + CONTEXT + 1);
    hunks.push(formatHunk(script, from, to));
  }
  return hunks;
}

function formatHunk(script: readonly DiffLine[], from: number, to: number): string {
  // Line numbers before the hunk, on each side.
  let oldBefore = 0;
  let newBefore = 0;
  for (let j = 0; j < from; j++) {
    const op = script[j]?.op;
    if (op !== '+') oldBefore++;
    if (op !== '-') newBefore++;
  }
  let oldCount = 0;
  let newCount = 0;
  let body = '';
  for (let j = from; j < to; j++) {
    const line = script[j];
    if (line === undefined) continue;
    if (line.op !== '+') oldCount++;
    if (line.op !== '-') newCount++;
    body += line.text.endsWith('\n')
      ? `${line.op}${line.text}`
      : `${line.op}${line.text}\n\\ No newline at end of file\n`;
  }
  return `@@ -${range(oldBefore, oldCount)} +${range(newBefore, newCount)} @@\n${body}`;
}

/** `start,count` as diff -u writes it: an empty side names the line before it; `,1` is implied. */
function range(before: number, count: number): string {
  if (count === 0) return `${before},0`;
  return count === 1 ? `${before + 1}` : `${before + 1},${count}`;
}
