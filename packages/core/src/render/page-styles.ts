import { TIMELINE_KIND_STYLES } from './timeline-kinds.js';

// Kind colours come from the same table as the diagram's, so badge and marker always match.
const KIND_COLOURS = Object.entries(TIMELINE_KIND_STYLES)
  .map(([kind, style]) => `.kind-${kind} { --kind: ${style.color}; }`)
  .join('\n');

/**
 * The page's only styling, embedded so that the HTML file stands alone (mailed, attached to
 * a ticket, opened from disk). Colours are custom properties so that dark mode and print
 * only swap values; print comes last so that a dark-mode reader still prints black on white.
 */
export const PAGE_STYLES = `
:root {
  color-scheme: light dark;
  --bg: #ffffff;
  --fg: #1d2125;
  --muted: #5b6570;
  --border: #d6dbe0;
  --surface: #f4f6f8;
  --code-bg: #eef1f4;
  --link: #0b5cad;
  --red: #c92a2a;
  --orange: #c2410c;
  --amber: #a15c00;
  --green: #2b7a3a;
  --blue: #1c64b8;
  --grey: #5b6570;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #14171b;
    --fg: #e3e7eb;
    --muted: #9aa4ae;
    --border: #363d45;
    --surface: #1c2127;
    --code-bg: #232a31;
    --link: #6cb0f5;
    --red: #ff8787;
    --orange: #ffa062;
    --amber: #ffc04d;
    --green: #69db7c;
    --blue: #74b3ff;
    --grey: #a1aab3;
  }
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body {
  margin: 0;
  background: var(--bg);
  color: var(--fg);
  font: 1.0625rem/1.65 system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif;
  overflow-wrap: break-word;
}
main { max-width: 48rem; margin: 0 auto; padding: 2.5rem 1.25rem 4rem; }
h1, h2, h3, h4, h5, h6 { line-height: 1.25; margin: 2em 0 0.6em; scroll-margin-top: 1rem; }
h1 { font-size: 2.1rem; margin-top: 0; letter-spacing: -0.01em; }
h2 { font-size: 1.5rem; padding-bottom: 0.25em; border-bottom: 1px solid var(--border); }
h3 { font-size: 1.22rem; }
h4 { font-size: 1.05rem; }
h5, h6 { font-size: 1rem; color: var(--muted); }
p, ul, ol, dl, table, pre, blockquote, details { margin: 0 0 1em; }
a { color: var(--link); text-underline-offset: 0.15em; }
img { max-width: 100%; height: auto; }
hr { border: 0; border-top: 1px solid var(--border); margin: 2em 0; }
blockquote { margin-left: 0; padding: 0.1em 1em; border-left: 4px solid var(--border); color: var(--muted); }
code, kbd, samp, pre { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, 'Liberation Mono', monospace; font-size: 0.88em; }
code { background: var(--code-bg); padding: 0.12em 0.35em; border-radius: 4px; }
pre { background: var(--code-bg); padding: 0.9em 1em; border-radius: 6px; overflow-x: auto; line-height: 1.45; }
pre code { background: none; padding: 0; font-size: 1em; }
kbd { border: 1px solid var(--border); border-radius: 4px; padding: 0 0.3em; }
table { border-collapse: collapse; width: 100%; font-size: 0.95em; }
th, td { border: 1px solid var(--border); padding: 0.45em 0.7em; text-align: left; vertical-align: top; }
th { background: var(--surface); font-weight: 600; }
tbody tr:nth-child(even) { background: var(--surface); }
.table-scroll { overflow-x: auto; margin: 0 0 1em; }
.table-scroll table { margin: 0; }
details { border: 1px solid var(--border); border-radius: 6px; padding: 0.5em 0.9em; }
summary { cursor: pointer; font-weight: 600; }
.contains-task-list { list-style: none; padding-left: 1.4em; }
.task-list-item > input { margin: 0 0.45em 0 -1.4em; vertical-align: middle; }
.page-header { margin-bottom: 2rem; }
.meta { display: grid; grid-template-columns: max-content 1fr; gap: 0.3em 1.2em; margin: 1em 0 0; color: var(--muted); font-size: 0.95em; }
.meta dt { font-weight: 600; }
.meta dd { margin: 0; color: var(--fg); }
.key-facts { background: var(--surface); border: 1px solid var(--border); border-radius: 8px; padding: 1em 1.25em 0.4em; margin: 0 0 2rem; }
.key-facts h2 { margin-top: 0; font-size: 1.15rem; border: 0; padding: 0; }
.facts { display: grid; grid-template-columns: repeat(auto-fit, minmax(13rem, 1fr)); gap: 0.8em 1.5em; margin: 0 0 0.8em; }
.facts div { min-width: 0; }
.facts dt { font-size: 0.8em; text-transform: uppercase; letter-spacing: 0.04em; color: var(--muted); }
.facts dd { margin: 0; font-weight: 600; }
.badge { display: inline-block; padding: 0.05em 0.6em; border: 1px solid currentColor; border-radius: 999px; font-size: 0.8em; font-weight: 600; line-height: 1.5; white-space: nowrap; }
.severity-critical, .status-open, .priority-high { color: var(--red); }
.severity-high { color: var(--orange); }
.severity-medium, .status-in-progress, .status-in-review, .priority-medium { color: var(--amber); }
.severity-low, .status-draft, .status-archived, .status-wont-do, .priority-low { color: var(--grey); }
.status-done, .status-published { color: var(--green); }
.kind { border-color: var(--kind); color: var(--fg); }
.kind::before { content: ''; display: inline-block; width: 0.6em; height: 0.6em; margin-right: 0.35em; border-radius: 50%; background: var(--kind); }
${KIND_COLOURS}
.timeline-chart { margin: 1.5em 0; color: var(--fg); }
.timeline-chart svg { display: block; width: 100%; height: auto; }
.timeline-chart .label { paint-order: stroke; stroke: var(--bg); stroke-width: 4px; stroke-linejoin: round; }
.timeline-table td:first-child { color: var(--muted); font-variant-numeric: tabular-nums; width: 2.5em; }
.timeline-table .time { white-space: nowrap; font-variant-numeric: tabular-nums; }
.action-notes { margin-top: 0.4em; color: var(--muted); font-size: 0.95em; }
.action-notes > :last-child { margin-bottom: 0; }
.factor-category { margin-left: 0.4em; }
.findings li { margin-bottom: 0.3em; }
.finding-error { color: var(--red); }
.finding-warning { color: var(--amber); }
.finding-info { color: var(--blue); }
.page-footer { margin-top: 3rem; color: var(--muted); font-size: 0.85em; }
@media (max-width: 40rem) {
  body { font-size: 1rem; }
  main { padding-top: 1.5rem; }
  h1 { font-size: 1.7rem; }
  .meta { grid-template-columns: 1fr; }
  .meta dd { margin-bottom: 0.4em; }
}
@media print {
  :root {
    color-scheme: light;
    --bg: #ffffff;
    --fg: #000000;
    --muted: #444444;
    --border: #bbbbbb;
    --surface: #ffffff;
    --code-bg: #f3f3f3;
    --link: #000000;
  }
  body { font-size: 10.5pt; line-height: 1.45; }
  main { max-width: none; padding: 0; }
  h1, h2, h3, h4, h5, h6 { break-after: avoid; page-break-after: avoid; }
  tr, img, pre, blockquote, .timeline-chart, .key-facts { break-inside: avoid; page-break-inside: avoid; }
  a { text-decoration: none; }
  main a[href^="http"]::after { content: ' <' attr(href) '>'; font-size: 0.85em; color: var(--muted); word-break: break-all; }
  .table-scroll { overflow: visible; }
  pre { white-space: pre-wrap; }
}
`;
