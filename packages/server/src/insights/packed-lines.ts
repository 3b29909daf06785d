/** Separates the fields of a packed line (`chr(9)` in SQL). */
export const FIELD_SEPARATOR = '\t';
/** Separates the lines of a packed text (`chr(10)` in SQL). */
export const LINE_SEPARATOR = '\n';

const TAB = 9;
const NEWLINE = 10;
const MINUS = 45;
const ZERO = 48;
const POINT = 46;
/** Up to 15 digits a whole number is exact in a double, whatever the digits. */
const MAX_EXACT_DIGITS = 15;
/** 10^0 to 10^15, each exact in a double (made by multiplying: `**` need not be exact). */
const POWERS_OF_TEN: number[] = [1];
while (POWERS_OF_TEN.length <= MAX_EXACT_DIGITS)
  POWERS_OF_TEN.push((POWERS_OF_TEN[POWERS_OF_TEN.length - 1] as number) * 10);

/**
 * Splits rows that the database packed into one text (lines of fields), for a driver that
 * decodes each field of each row in JavaScript: one long string costs it far less than
 * 100,000 rows of nine fields. Each line's fields go into `row` from index `at`: the first
 * `texts` as strings, the others as numbers; then `visit` is called. The same `row` is
 * reused for every line, so `visit` must copy what it keeps.
 *
 * Text fields must hold neither separator (JSON text qualifies: it escapes control
 * characters); number fields are written as the database writes a number as text, which
 * JavaScript reads back to the same double (PostgreSQL writes the shortest exact form, the
 * SQLite better-sqlite3 bundles up to 17 significant digits; a test checks both).
 */
export function unpackLines(
  packed: string,
  row: unknown[],
  at: number,
  texts: number,
  visit: () => void,
): void {
  const end = packed.length;
  if (end === 0) return;
  let start = 0;
  let field = at;
  const lastText = at + texts;
  for (let i = 0; i <= end; i++) {
    const c = i === end ? NEWLINE : packed.charCodeAt(i);
    if (c !== TAB && c !== NEWLINE) continue;
    row[field] = field < lastText ? packed.slice(start, i) : numberIn(packed, start, i);
    field++;
    start = i + 1;
    if (c === NEWLINE) {
      visit();
      field = at;
    }
  }
}

/**
 * The number written in `text` from `start` to `end`. A decimal of at most 15 digits (most of
 * what the columns hold: whole minutes, SQLite's `7.0`, a few decimals) is read as its digits
 * divided by a power of ten: both are exact doubles, so the quotient is the nearest double to
 * the decimal, as `Number` would read it (Clinger's fast path). Anything else is left to
 * `Number`, which the drivers' own parsers use.
 */
function numberIn(text: string, start: number, end: number): number {
  const negative = text.charCodeAt(start) === MINUS;
  let digits = 0;
  let mantissa = 0;
  let point = -1;
  for (let i = negative ? start + 1 : start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === POINT && point < 0) {
      point = i;
      continue;
    }
    const digit = c - ZERO;
    if (digit < 0 || digit > 9 || ++digits > MAX_EXACT_DIGITS)
      return Number(text.slice(start, end));
    mantissa = mantissa * 10 + digit;
  }
  if (digits === 0) return Number(text.slice(start, end));
  const value = point < 0 ? mantissa : mantissa / (POWERS_OF_TEN[end - point - 1] as number);
  return negative ? -value : value;
}
