import type { ContributingFactor, Why } from '../model/index.js';
import { badge } from './html-fragments.js';
import { FACTOR_CATEGORY_LABELS } from './labels.js';
import { renderInlineMarkdown } from './render-markdown.js';

/** The chain of whys as an ordered list: each question with its answer under it. */
export function renderWhys(whys: readonly Why[]): string {
  if (whys.length === 0) return '';
  const items = whys.map((why) => {
    const answer = why.answer.trim() ? `<br>${renderInlineMarkdown(why.answer)}` : '';
    return `<li><strong>${renderInlineMarkdown(why.question)}</strong>${answer}</li>`;
  });
  return `<ol class="whys">\n${items.join('\n')}\n</ol>`;
}

/** Contributing factors as a list, each tagged with its category when one is known. */
export function renderContributingFactors(factors: readonly ContributingFactor[]): string {
  if (factors.length === 0) return '';
  const items = factors.map((factor) => {
    const category = factor.category
      ? ` ${badge('factor-category', FACTOR_CATEGORY_LABELS[factor.category])}`
      : '';
    return `<li>${renderInlineMarkdown(factor.text)}${category}</li>`;
  });
  return `<ul class="factors">\n${items.join('\n')}\n</ul>`;
}
