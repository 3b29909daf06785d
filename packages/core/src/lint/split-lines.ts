/** Splits on LF, CRLF and lone CR as the parser does, keeping each line's offset. */
export function splitLines(text: string): { lines: string[]; starts: number[] } {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (!text.includes('\r')) {
    // The common case: the native split, then offsets from the lengths.
    const lines = (bom ? text.slice(1) : text).split('\n');
    const starts = new Array<number>(lines.length);
    let at = bom;
    for (let i = 0; i < lines.length; i++) {
      starts[i] = at;
      at += (lines[i] ?? '').length + 1;
    }
    return { lines, starts };
  }
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
