import type { SearchQuery, SearchTerm } from './search-query.js';

/**
 * The query as an FTS5 MATCH expression. Every token is a double-quoted string (tokens hold
 * only letters, digits and marks, and quotes are doubled anyway), so FTS5 reads no operator
 * from the user's text; the operators are ours.
 *
 * @example toFts5(parseSearchQuery('dns -test')) // '(("dns")) NOT ("test")'
 */
export function toFts5(query: SearchQuery): string {
  const term = (t: SearchTerm): string =>
    `"${t.tokens.join(' ').replaceAll('"', '""')}"${t.prefix ? '*' : ''}`;
  const groups = query.all.map((group) => `(${group.map(term).join(' OR ')})`).join(' AND ');
  const positive = `(${groups})`;
  return query.none.length === 0
    ? positive
    : `${positive} NOT (${query.none.map(term).join(' OR ')})`;
}

/**
 * The query as `to_tsquery` text. Each token is a single-quoted lexeme (tokens hold no quote
 * or backslash), phrases are joined by `<->` and a prefix is `:*`; the operators are ours.
 *
 * @example toTsquery(parseSearchQuery('"cache miss" deploy*')) // "('cache' <-> 'miss') & ('deploy':*)"
 */
export function toTsquery(query: SearchQuery): string {
  const term = (t: SearchTerm): string => {
    const last = t.tokens.length - 1;
    const lexemes = t.tokens.map(
      (token, i) => `'${token.replaceAll("'", "''")}'${t.prefix && i === last ? ':*' : ''}`,
    );
    return `(${lexemes.join(' <-> ')})`;
  };
  const groups = query.all.map((group) => `(${group.map(term).join(' | ')})`);
  const excluded = query.none.map((t) => `!${term(t)}`);
  return [...groups, ...excluded].join(' & ');
}
