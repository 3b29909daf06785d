/** Splits on LF, CRLF and lone CR as the parser does, keeping each line's offset. */
export function splitLines(text: string): { lines: string[]; starts: number[] } {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (!text.includes('\r')) return splitOn(text, bom, '\n');
  // Windows line breaks throughout: the native split again, when no piece holds another break.
  const crlf = splitOn(text, bom, '\r\n');
  if (!crlf.lines.some((l) => l.includes('\r') || l.includes('\n'))) return crlf;
  const lines: string[] = [];
  const starts: number[] = [];
  let start = bom;
  const n = text.length;
  for (let i = start; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : -1;
    if (c !== 10 && c !== 13 && c !== -1) continue;
    lines.push(text.slice(start, i));
    starts.push(start);
    if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
    start = i + 1;
  }
  return { lines, starts };
}

/** The native split on one kind of break, then offsets from the lengths. */
function splitOn(text: string, bom: number, eol: string): { lines: string[]; starts: number[] } {
  const lines = (bom ? text.slice(1) : text).split(eol);
  const starts = new Array<number>(lines.length);
  let at = bom;
  for (let i = 0; i < lines.length; i++) {
    starts[i] = at;
    at += (lines[i] ?? '').length + eol.length;
  }
  return { lines, starts };
}
