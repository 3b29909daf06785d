/**
 * Reduces one line of Markdown to the words a reader sees, for places that cannot hold
 * markup: SVG labels, heading anchors, the page `<title>`. It is approximate by design; the
 * full rendering is always shown next to it.
 *
 * @example
 * plainText('Rolled back [the deploy](https://x) with `kubectl`'); // 'Rolled back the deploy with kubectl'
 */
export function plainText(markdown: string): string {
  return markdown
    .replace(/<[^>]*>/g, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|~~|`)/g, '')
    .replace(/(^|\s)[*_]+|[*_]+(?=\s|$|[.,;:!?])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}
