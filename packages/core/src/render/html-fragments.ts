import { escapeHtml } from './escape-html.js';

/**
 * Small builders shared by the page parts. Arguments named `*Html` are trusted markup (built
 * here or sanitised); every other string is escaped.
 */

/** `<hN id>` with N clamped to 1..6. */
export function heading(level: number, id: string, contentHtml: string): string {
  const n = Math.min(6, Math.max(1, Math.round(level)));
  return `<h${n} id="${escapeHtml(id)}">${contentHtml}</h${n}>`;
}

/** A pill such as a status or severity; `variant` becomes a class the stylesheet colours. */
export function badge(variant: string, label: string): string {
  return `<span class="badge ${escapeHtml(variant)}">${escapeHtml(label)}</span>`;
}

/** One term and its value inside a `<dl>`, wrapped so grids can lay pairs out. */
export function definition(term: string, valueHtml: string): string {
  return `<div><dt>${escapeHtml(term)}</dt><dd>${valueHtml}</dd></div>`;
}

/** A comma-separated, escaped list of names. */
export function nameList(names: readonly string[]): string {
  return names.map(escapeHtml).join(', ');
}

/** `<time>` with a machine-readable value. */
export function timeElement(datetime: string, text: string): string {
  return `<time datetime="${escapeHtml(datetime)}">${escapeHtml(text)}</time>`;
}

/** Tables scroll sideways on narrow screens instead of widening the page. */
export function scrollable(tableHtml: string): string {
  return `<div class="table-scroll">${tableHtml}</div>`;
}
