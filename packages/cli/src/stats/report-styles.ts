/**
 * The stylesheet of the HTML report, embedded so that the file stands alone (mailed,
 * attached to a ticket). Colours are custom properties, swapped for dark mode and for print;
 * the palette is the one of rendered postmortems, so the two kinds of page look related.
 */
export const REPORT_STYLES = `
:root {
  color-scheme: light dark;
  --bg: #ffffff; --fg: #1d2125; --muted: #5b6570; --border: #d6dbe0; --surface: #f4f6f8;
  --link: #0b5cad; --grid: #e3e7eb;
  --critical: #c92a2a; --high: #e8590c; --medium: #d99a00; --low: #1c64b8; --unknown: #a1aab3;
  --detect: #1c7ed6; --resolve: #2f9e44; --bar: #5c7cfa;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #14171b; --fg: #e3e7eb; --muted: #9aa4ae; --border: #363d45; --surface: #1c2127;
    --link: #6cb0f5; --grid: #2a3038;
    --critical: #ff6b6b; --high: #ff922b; --medium: #fcc419; --low: #74b3ff; --unknown: #6c757d;
    --detect: #4dabf7; --resolve: #69db7c; --bar: #91a7ff;
  }
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg); font: 1rem/1.55 system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif; }
main { max-width: 60rem; margin: 0 auto; padding: 2.5rem 1.25rem 4rem; }
h1 { font-size: 2rem; margin: 0 0 0.3em; line-height: 1.2; }
h2 { font-size: 1.35rem; margin: 2.2em 0 0.7em; padding-bottom: 0.25em; border-bottom: 1px solid var(--border); }
h3 { font-size: 1.05rem; margin: 1.4em 0 0.5em; }
p, ul, ol, table { margin: 0 0 1em; }
a { color: var(--link); }
.subtitle, .note { color: var(--muted); }
.note { font-size: 0.92em; }
.facts { display: grid; grid-template-columns: repeat(auto-fit, minmax(10rem, 1fr)); gap: 0.8em; margin: 1.5em 0; padding: 0; }
.facts div { background: var(--surface); border: 1px solid var(--border); border-radius: 8px; padding: 0.7em 0.9em; }
.facts dt { font-size: 0.78em; text-transform: uppercase; letter-spacing: 0.04em; color: var(--muted); }
.facts dd { margin: 0.1em 0 0; font-size: 1.35em; font-weight: 650; font-variant-numeric: tabular-nums; }
.table-scroll { overflow-x: auto; margin: 0 0 1em; }
table { border-collapse: collapse; width: 100%; font-size: 0.93em; }
th, td { border: 1px solid var(--border); padding: 0.4em 0.65em; text-align: left; vertical-align: top; }
th { background: var(--surface); font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.chart { margin: 1em 0 1.5em; }
.chart svg { display: block; width: 100%; height: auto; color: var(--fg); }
.chart text { fill: var(--fg); }
.chart .axis, .chart .legend { fill: var(--muted); }
.chart .grid { stroke: var(--grid); stroke-width: 1; }
.sev-critical { fill: var(--critical); }
.sev-high { fill: var(--high); }
.sev-medium { fill: var(--medium); }
.sev-low { fill: var(--low); }
.sev-unknown { fill: var(--unknown); }
polyline.series-detect, polyline.series-resolve, line.series-detect, line.series-resolve { fill: none; stroke-width: 2.5; }
.series-detect { stroke: var(--detect); fill: var(--detect); }
.series-resolve { stroke: var(--resolve); fill: var(--resolve); stroke-dasharray: 6 3; }
circle.series-resolve { stroke-dasharray: none; }
.factor-bar { fill: var(--bar); }
.cluster { border: 1px solid var(--border); border-radius: 8px; padding: 0.6em 1em; margin: 0 0 1em; }
.cluster h3 { margin: 0.2em 0 0.5em; }
.cluster ul { padding-left: 1.2em; }
.cause { color: var(--muted); }
.badge { display: inline-block; padding: 0 0.55em; border: 1px solid currentColor; border-radius: 999px; font-size: 0.8em; font-weight: 600; }
code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 0.9em; }
footer { margin-top: 3rem; color: var(--muted); font-size: 0.85em; }
@media print {
  :root { color-scheme: light; --bg: #fff; --fg: #000; --muted: #444; --border: #bbb; --surface: #fff; --grid: #ddd; }
  main { max-width: none; padding: 0; }
  .chart, .cluster, tr { break-inside: avoid; page-break-inside: avoid; }
  h2 { break-after: avoid; page-break-after: avoid; }
}
`;
