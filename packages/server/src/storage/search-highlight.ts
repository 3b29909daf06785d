/** Text with the spans that matched the query, for a UI to mark up as it sees fit. */
export interface HighlightedText {
  /** Plain text, never HTML: render it as text. */
  readonly text: string;
  /** `[start, end)` offsets into `text` in UTF-16 code units (JavaScript string indices), in order. */
  readonly highlights: [number, number][];
}

/**
 * Private-use characters that the databases put around each match (FTS5's `snippet()` and
 * `highlight()`, PostgreSQL's `ts_headline`), instead of HTML tags that would have to be
 * told apart from the document's own text.
 */
export const MATCH_START = '\uE000';
export const MATCH_END = '\uE001';

/**
 * Turns text with match markers into plain text and ranges. A marker the document itself
 * happened to contain is dropped like the others: at worst a highlight is misplaced, and the
 * text stays plain.
 */
export function toHighlightedText(marked: string): HighlightedText {
  const highlights: [number, number][] = [];
  let text = '';
  let start: number | undefined;
  for (const ch of marked) {
    if (ch === MATCH_START) start = text.length;
    else if (ch === MATCH_END) {
      if (start !== undefined && text.length > start) {
        const previous = highlights[highlights.length - 1];
        // Adjacent matches (a phrase, word by word) read as one span.
        if (previous !== undefined && previous[1] === start) previous[1] = text.length;
        else highlights.push([start, text.length]);
      }
      start = undefined;
    } else text += ch;
  }
  return { text, highlights };
}
