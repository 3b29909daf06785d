import type MarkdownIt from 'markdown-it';
import type { StateCore } from 'markdown-it';

/**
 * markdown-it writes table column alignment as `style="text-align:…"`, and the sanitiser
 * removes every `style` attribute. This plugin moves the alignment into the `align`
 * attribute, which the sanitiser accepts with a fixed set of values, so aligned columns
 * stay aligned.
 */
export function tableAlignmentPlugin(md: MarkdownIt): void {
  md.core.ruler.push('table-alignment', (state: StateCore) => {
    for (const token of state.tokens) {
      if (token.type !== 'th_open' && token.type !== 'td_open') continue;
      const style = token.attrGet('style');
      const match = style === null ? null : /^text-align:(left|center|right)$/.exec(style);
      if (!match?.[1]) continue;
      token.attrs = (token.attrs ?? []).filter(([name]) => name !== 'style');
      token.attrSet('align', match[1]);
    }
  });
}
