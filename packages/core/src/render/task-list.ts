import type MarkdownIt from 'markdown-it';
import type { StateCore, Token } from 'markdown-it';

const MARKER = /^\[([ xX])\](?=\s|$)\s*/;

/**
 * markdown-it plugin for GitHub task lists: a list item whose text starts with `[ ]` or
 * `[x]` gets a disabled checkbox, and the item and its list get classes the page styles
 * (no bullet). Written here rather than pulled in as a dependency because it is twenty
 * lines and the popular plugin emits enabled inputs.
 */
export function taskListPlugin(md: MarkdownIt): void {
  md.core.ruler.after('inline', 'task-list', markTaskItems);
}

function markTaskItems(state: StateCore): void {
  const tokens = state.tokens;
  for (let i = 2; i < tokens.length; i++) {
    const inline = tokens[i];
    if (
      inline?.type !== 'inline' ||
      tokens[i - 1]?.type !== 'paragraph_open' ||
      tokens[i - 2]?.type !== 'list_item_open'
    ) {
      continue;
    }
    const first = inline.children?.[0];
    const match = first?.type === 'text' ? MARKER.exec(first.content) : null;
    if (!first || !match) continue;

    first.content = first.content.slice(match[0].length);
    const box = new state.Token('html_inline', '', 0);
    box.content =
      match[1] === ' '
        ? '<input type="checkbox" disabled> '
        : '<input type="checkbox" checked disabled> ';
    inline.children?.unshift(box);

    const item = tokens[i - 2];
    item?.attrJoin('class', 'task-list-item');
    const list = findListOpen(tokens, i - 2);
    if (list && list.attrGet('class') === null) list.attrSet('class', 'contains-task-list');
  }
}

/** The list that directly contains the item at `itemIndex`. */
function findListOpen(tokens: Token[], itemIndex: number): Token | undefined {
  const level = (tokens[itemIndex]?.level ?? 0) - 1;
  for (let j = itemIndex - 1; j >= 0; j--) {
    const token = tokens[j];
    if (token?.level === level && token.nesting === 1) {
      const isList = token.type === 'bullet_list_open' || token.type === 'ordered_list_open';
      return isList ? token : undefined;
    }
  }
  return undefined;
}
