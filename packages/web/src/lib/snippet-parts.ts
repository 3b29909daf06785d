/** Plain text with the `[start, end)` ranges that matched a search, as the search API sends. */
export interface HighlightedText {
  readonly text: string;
  readonly highlights: readonly (readonly [number, number])[];
}

/** A piece of a highlighted text: plain text, and whether it is one of the matched words. */
export interface SnippetPart {
  readonly text: string;
  readonly match: boolean;
}

/**
 * Cuts a highlighted text into parts at its ranges, so the page renders each as React text
 * (escaped by React) and the matches inside real <mark> elements. Nothing is ever parsed as
 * HTML: a stored title like `<img onerror=…>` shows as what it is and cannot run. Ranges out
 * of order, overlapping or outside the text are clamped or skipped, never trusted.
 */
export function snippetParts(value: HighlightedText): SnippetPart[] {
  const { text } = value;
  const parts: SnippetPart[] = [];
  let at = 0;
  for (const [rawStart, rawEnd] of value.highlights) {
    const start = Math.max(at, Math.min(text.length, rawStart));
    const end = Math.max(start, Math.min(text.length, rawEnd));
    if (end === start) continue;
    if (start > at) parts.push({ text: text.slice(at, start), match: false });
    parts.push({ text: text.slice(start, end), match: true });
    at = end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), match: false });
  return parts;
}
