import type { DocumentView } from '../document-view.js';

// The same patterns, ignoring case, compiled once each.
const anyCase = new WeakMap<RegExp, RegExp>();

/**
 * Calls `visit` for every match of a global `pattern` (written in lower case) in the body of a
 * document, code and front matter left out, with its line and 0-based column: the matches of
 * `view.forEachMatch(pattern, true, …)`, found without lower-casing the whole text first.
 *
 * Matching without case on the text as written finds the same matches as matching the
 * lower-cased text, as long as lower-casing changes no character into an ASCII one: no
 * non-ASCII character matches an ASCII letter without case, and the pattern's other
 * characters (spaces, apostrophes, `\b`) do not change case. The one exception in UTF-16 is
 * the Kelvin sign, which lower-cases to `k`: a text with one is scanned lower-cased, as before.
 * (U+0130, which lower-cases to two characters, made the old scan match without case too.)
 */
export function forEachKeyword(
  view: DocumentView,
  text: string,
  pattern: RegExp,
  visit: (line: number, column: number, match: RegExpExecArray) => void,
): void {
  if (text.includes('\u212a')) {
    view.forEachMatch(pattern, true, visit);
    return;
  }
  let re = anyCase.get(pattern);
  if (!re) {
    re = new RegExp(pattern.source, `${pattern.flags}i`);
    anyCase.set(pattern, re);
  }
  const lineCount = view.lines.length;
  let line = 0;
  let lineStart = 0;
  let lineEnd = -1;
  re.lastIndex = view.offset(view.bodyStart);
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m.index >= lineEnd) {
      line = view.lineAt(m.index);
      lineStart = view.offset(line);
      lineEnd = line < lineCount ? view.offset(line + 1) : Number.POSITIVE_INFINITY;
      if (view.isCode(line)) {
        if (line >= lineCount) break;
        re.lastIndex = lineEnd;
        continue;
      }
    }
    visit(line, m.index - lineStart, m);
    if (m[0].length === 0) re.lastIndex++;
  }
}
