const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/**
 * Which lines are not prose: front matter, fenced code blocks (fences included) and the
 * inside of HTML comments that span lines; and the first line of the body after the front
 * matter (1-based). One pass over the lines, skipped entirely when the text has none of them,
 * and after the front matter when the body has none. `starts` are the lines' offsets in `text`.
 */
export function codeLines(
  text: string,
  lines: readonly string[],
  starts: readonly number[],
): { mask: Uint8Array; bodyStart: number } {
  let bodyStart = 1;
  const mask = new Uint8Array(lines.length);
  // Most documents have no fences, comments or front matter: then nothing is code.
  if (
    !text.includes('``') &&
    !text.includes('~~') &&
    !text.includes('<!--') &&
    !/^\uFEFF?(?:---|\+\+\+)/.test(text)
  ) {
    return { mask, bodyStart: 1 };
  }
  let i = 0;
  const fence = lines[0]?.trimEnd();
  if (fence === '---' || fence === '+++') {
    for (let j = 1; j < lines.length; j++) {
      const l = lines[j] ?? '';
      // Most lines of front matter are `key: value`: only a line starting with the fence's
      // first character can close it.
      if (l.charCodeAt(0) !== (fence === '---' ? 45 : 43) && !(fence === '---' && l[0] === '.')) {
        continue;
      }
      const t = l.trimEnd();
      if (t === fence || (fence === '---' && t === '...')) {
        mask.fill(1, 0, j + 1);
        i = j + 1;
        bodyStart = j + 2;
        break;
      }
    }
    // The usual document: front matter, then a body without fences or comments.
    const from = starts[i] ?? text.length;
    if (!text.includes('``', from) && !text.includes('~~', from) && !text.includes('<!--', from)) {
      return { mask, bodyStart };
    }
  }
  let open: string | undefined;
  let comment = false;
  for (; i < lines.length; i++) {
    const l = lines[i] ?? '';
    if (open !== undefined) {
      mask[i] = 1;
      const close = FENCE.exec(l)?.[1];
      if (
        close !== undefined &&
        close[0] === open[0] &&
        close.length >= open.length &&
        l.trim() === close
      ) {
        open = undefined;
      }
      continue;
    }
    if (comment) {
      mask[i] = 1;
      if (l.includes('-->')) comment = false;
      continue;
    }
    const start = l.includes('``') || l.includes('~~') ? FENCE.exec(l) : null;
    if (start?.[1] !== undefined) {
      open = start[1];
      mask[i] = 1;
      continue;
    }
    const at = l.includes('<!') ? l.lastIndexOf('<!--') : -1;
    if (at >= 0 && !l.includes('-->', at)) comment = true;
  }
  return { mask, bodyStart };
}
