/**
 * Quotes an argument for a POSIX shell when it needs it, so that a printed command can be
 * pasted as it is.
 *
 * @example shellQuote("it's here.md") // `'it'\''s here.md'`
 */
export function shellQuote(arg: string): string {
  if (/^[\w./@%+=:,-]+$/.test(arg)) return arg;
  return `'${arg.replace(/'/g, `'\\''`)}'`;
}
