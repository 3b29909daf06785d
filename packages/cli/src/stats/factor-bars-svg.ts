import { escapeHtml } from '@hindsight/core/render';
import type { FactorCategoryCount } from '@hindsight/core/metrics';
import { CHART_WIDTH, fmt, svgOpen, svgText } from './chart-kit.js';

const ROW = 26;
const LABEL = 120;
const RIGHT = 130;
const TOP = 8;

/**
 * Contributing-factor categories as horizontal bars, longest first, with the number of
 * factors and of incidents beside each. Categories with no factor are left out; returns ''
 * when there is none at all.
 */
export function factorBarsSvg(categories: readonly FactorCategoryCount[]): string {
  const used = categories.filter((c) => c.factors > 0);
  if (used.length === 0) return '';
  const most = Math.max(...used.map((c) => c.factors));
  const height = TOP * 2 + used.length * ROW;
  const span = CHART_WIDTH - LABEL - RIGHT;
  const rows = used.map((c, i) => {
    const y = TOP + i * ROW;
    const width = Math.max(2, (c.factors / most) * span);
    const tip = `${c.category}: ${c.factors} factor${c.factors === 1 ? '' : 's'} in ${c.incidents} incident${c.incidents === 1 ? '' : 's'}`;
    return (
      svgText(LABEL - 8, y + 17, c.category, { 'text-anchor': 'end', class: 'label' }) +
      `<rect class="factor-bar" x="${LABEL}" y="${y + 4}" width="${fmt(width)}" height="${ROW - 8}"><title>${escapeHtml(tip)}</title></rect>` +
      svgText(LABEL + width + 6, y + 17, `${c.factors} (${c.incidents} inc.)`, { class: 'axis' })
    );
  });
  const description = used.map((c) => `${c.category} ${c.factors}`).join(', ');
  return `${svgOpen('chart-factors', height, 'Contributing factors by category', `Factors per category: ${description}.`)}${rows.join('')}</svg>`;
}
