/**
 * `JSON.stringify(value, null, 2)` in pieces, where one array in `value` is given as the
 * marker string `marker` alone and its items come from `items`: everything around the array
 * is one piece, each item another. Joined, the pieces are exactly what stringify would write
 * for the whole value with the items in place, so big reports stream without being built.
 */
export function* jsonPieces(
  value: unknown,
  marker: string,
  items: Iterable<unknown>,
): Generator<string> {
  const whole = JSON.stringify(value, null, 2);
  const quoted = JSON.stringify(marker);
  const at = whole.indexOf(quoted);
  if (at === -1) throw new Error(`jsonPieces: the marker ${quoted} is not in the value`);
  // The marker sits alone on its line inside "[\n", indented one level deeper than the "]".
  const lineStart = whole.lastIndexOf('\n', at) + 1;
  const indent = whole.slice(lineStart, at);
  const open = whole.lastIndexOf('[', lineStart);
  const close = whole.indexOf(']', at + quoted.length);
  const head = whole.slice(0, open);
  const tail = whole.slice(close + 1);
  let first = true;
  for (const item of items) {
    const text = JSON.stringify(item, null, 2).replace(/\n/g, `\n${indent}`);
    yield first ? `${head}[\n${indent}${text}` : `,\n${indent}${text}`;
    first = false;
  }
  yield first ? `${head}[]${tail}\n` : `\n${indent.slice(2)}]${tail}\n`;
}
