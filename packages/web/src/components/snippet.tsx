import { snippetParts } from '../lib/snippet-parts.js';
import type { HighlightedText } from '../lib/snippet-parts.js';

/** Text with its search matches in <mark>, rendered as text (see snippetParts). */
export function Snippet({ value }: { readonly value: HighlightedText }) {
  return (
    <>
      {snippetParts(value).map((part, i) =>
        part.match ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>,
      )}
    </>
  );
}
