import { InvalidInputError } from './errors.js';

/** A word (one token) or a phrase (several, in order); `prefix` matches the last as a prefix. */
export interface SearchTerm {
  readonly tokens: readonly string[];
  readonly prefix: boolean;
}

/**
 * A user's query, understood: every group must match (a group is one term or several joined
 * by OR, of which any may match), and no excluded term may.
 */
export interface SearchQuery {
  readonly all: readonly (readonly SearchTerm[])[];
  readonly none: readonly SearchTerm[];
}

/** Most terms one query may hold: bounds the work a single request can ask of the index. */
export const MAX_TERMS = 32;

/**
 * Letters, digits, combining marks and private-use characters: what SQLite's unicode61
 * tokenizer keeps by default. Everything else separates tokens, so no operator or quote of
 * either engine's syntax can survive into a token.
 */
const TOKEN = /[\p{L}\p{N}\p{M}\p{Co}]+/gu;

/**
 * Parses what a person types into a search box: `words`, `"quoted phrases"`, `-excluded`
 * terms (a word or a phrase), `prefix*`, and `OR` (in capitals) between two terms. Anything
 * else is read as text, never as syntax. Throws `invalid_input` on `q` when nothing is left to
 * search for (only punctuation, or only exclusions).
 *
 * @example parseSearchQuery('dns "cache miss" -test deploy*')
 */
export function parseSearchQuery(input: string): SearchQuery {
  const all: SearchTerm[][] = [];
  const none: SearchTerm[] = [];
  let joinNext = false;
  let count = 0;
  for (const piece of splitPieces(input.normalize('NFC'))) {
    if (piece.kind === 'or') {
      // OR joins the term before it to the one after; at either end it means nothing.
      joinNext = all.length > 0;
      continue;
    }
    const tokens = piece.text.match(TOKEN) ?? [];
    if (tokens.length === 0) continue;
    if (++count > MAX_TERMS)
      throw new InvalidInputError([
        { path: 'q', message: `has more than ${MAX_TERMS} terms; search for fewer words` },
      ]);
    const term: SearchTerm = { tokens, prefix: piece.prefix };
    if (piece.negated) {
      none.push(term);
      joinNext = false;
    } else if (joinNext) {
      all[all.length - 1]?.push(term);
      joinNext = false;
    } else all.push([term]);
  }
  if (all.length === 0)
    throw new InvalidInputError([
      {
        path: 'q',
        message:
          none.length > 0
            ? 'has only excluded terms; add a word to search for'
            : 'has no words to search for',
      },
    ]);
  return { all, none };
}

interface Piece {
  kind: 'term' | 'or';
  text: string;
  negated: boolean;
  prefix: boolean;
}

/** Splits the input into bare words, quoted phrases and OR, each with its `-` and `*`. */
function* splitPieces(input: string): Generator<Piece> {
  let i = 0;
  while (i < input.length) {
    const ch = input[i] as string;
    if (/\s/u.test(ch)) {
      i++;
      continue;
    }
    let negated = false;
    if (ch === '-' && i + 1 < input.length && !/\s/u.test(input[i + 1] as string)) {
      negated = true;
      i++;
    }
    if (input[i] === '"') {
      const close = input.indexOf('"', i + 1);
      // An unclosed quote runs to the end, as it would in most search boxes.
      const end = close === -1 ? input.length : close;
      const text = input.slice(i + 1, end);
      i = end + 1;
      const prefix = input[i] === '*';
      if (prefix) i++;
      yield { kind: 'term', text, negated, prefix };
      continue;
    }
    let end = i;
    while (end < input.length && !/\s/u.test(input[end] as string) && input[end] !== '"') end++;
    const word = input.slice(i, end);
    i = end;
    if (word === 'OR' && !negated) {
      yield { kind: 'or', text: '', negated: false, prefix: false };
      continue;
    }
    yield { kind: 'term', text: word, negated, prefix: word.endsWith('*') };
  }
}
