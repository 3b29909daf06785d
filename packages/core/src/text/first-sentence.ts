import { inlineText } from './inline-text.js';

const MAX = 300;
const RUN_IN_LABEL = /^\s*(?:\*\*|__)[^*_\n]{1,40}?[.:]?(?:\*\*|__)\s*[.:]?\s+(?=\S)/;

/**
 * The first sentence of a Markdown body's prose (skipping images, HTML-only lines, code and
 * rules), at most 300 characters: the short statement tools compare across incidents.
 */
export function firstSentence(body: string): string | undefined {
  let inFence = false;
  const parts: string[] = [];
  for (const raw of body.split('\n')) {
    if (/^\s*(```|~~~)/.test(raw)) {
      inFence = !inFence;
      continue;
    }
    if (inFence) continue;
    if (raw.trim() === '') {
      if (parts.length > 0) break;
      continue;
    }
    if (/^\s*(?:!\[|<img|[-*_]{3,}\s*$|\|)/i.test(raw)) continue;
    let line = raw.replace(/^\s*(?:[-*+]|\d+[.)]|>)\s+/, '');
    // A run-in label (`**Root cause.** The …`) names the paragraph; it is not its first sentence.
    if (parts.length === 0) line = line.replace(RUN_IN_LABEL, '');
    const text = inlineText(line);
    if (text) parts.push(text);
  }
  const paragraph = parts.join(' ').trim();
  if (!paragraph) return undefined;
  const end = /[.!?](?=\s+[A-Z0-9"'(])/.exec(paragraph);
  const sentence = end ? paragraph.slice(0, end.index + 1) : paragraph;
  return sentence.length > MAX ? `${sentence.slice(0, MAX - 1).trimEnd()}…` : sentence;
}
