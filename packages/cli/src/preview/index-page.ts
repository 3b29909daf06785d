import { escapeHtml } from '@hindsight/core/render';
import type { FolderFile, LoadedPostmortem } from './postmortem-folder.js';

const STYLES = `
:root { color-scheme: light dark; --muted: #6b7280; --line: #d1d5db; --accent: #2563eb; }
@media (prefers-color-scheme: dark) { :root { --muted: #9ca3af; --line: #374151; --accent: #60a5fa; } }
body { font: 16px/1.5 system-ui, sans-serif; margin: 2rem auto; max-width: 72rem; padding: 0 1rem; }
h1 { font-size: 1.6rem; margin-bottom: 0.2rem; }
p.folder { color: var(--muted); margin-top: 0; word-break: break-all; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: 0.45rem 0.6rem; border-bottom: 1px solid var(--line); vertical-align: top; }
th { font-size: 0.8rem; text-transform: uppercase; letter-spacing: 0.04em; color: var(--muted); }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
a { color: var(--accent); }
.file { color: var(--muted); font-size: 0.85rem; }
.sev { font-size: 0.8rem; padding: 0.05rem 0.45rem; border-radius: 999px; border: 1px solid var(--line); }
.sev-critical { background: #b91c1c; color: #fff; } .sev-high { background: #c2410c; color: #fff; }
.sev-medium { background: #a16207; color: #fff; } .sev-low { background: #4b5563; color: #fff; }
.errors { color: #b91c1c; } .warnings { color: #a16207; }
`;

/**
 * The preview's home page: one row per postmortem with its title, date, severity and what
 * was found in it, newest first. No script; every value from a document is escaped.
 */
export function renderIndexPage(
  dir: string,
  postmortems: readonly LoadedPostmortem[],
  unreadable: readonly FolderFile[],
  generator: string,
): string {
  const sorted = [...postmortems].sort(
    (a, b) =>
      (b.result.model.date ?? '').localeCompare(a.result.model.date ?? '') ||
      a.result.model.title.localeCompare(b.result.model.title),
  );
  const rows = sorted.map(row).join('\n');
  const skipped =
    unreadable.length === 0
      ? ''
      : `<p class="errors">Not shown, because they could not be read as Markdown: ${unreadable
          .map((f) => `<code>${escapeHtml(f.name)}</code>`)
          .join(', ')}.</p>\n`;
  const body =
    postmortems.length === 0 && unreadable.length === 0
      ? '<p>There are no Markdown files (<code>*.md</code>) in this folder yet. Start one with <code>hindsight new</code>.</p>'
      : `<table>
<thead><tr><th>Postmortem</th><th>Date</th><th>Severity</th><th>Status</th><th class="n">Sections</th><th class="n">Timeline</th><th class="n">Actions</th><th>Findings</th><th>Source</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="${escapeHtml(generator)}">
<title>Postmortems</title>
<style>${STYLES}</style>
</head>
<body>
<h1>Postmortems</h1>
<p class="folder">${escapeHtml(dir)} &middot; ${postmortems.length === 1 ? '1 document' : `${postmortems.length} documents`}</p>
${skipped}${body}
</body>
</html>
`;
}

function row({ file, result }: LoadedPostmortem): string {
  const { model, diagnostics } = result;
  const href = `/p/${encodeURIComponent(file.stem)}`;
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
  const findings =
    errors + warnings === 0
      ? '&ndash;'
      : [
          errors > 0 ? `<span class="errors">${errors} error${errors === 1 ? '' : 's'}</span>` : '',
          warnings > 0
            ? `<span class="warnings">${warnings} warning${warnings === 1 ? '' : 's'}</span>`
            : '',
        ]
          .filter(Boolean)
          .join(', ');
  const severity = model.severity
    ? `<span class="sev sev-${escapeHtml(model.severity)}">${escapeHtml(model.severity)}</span>`
    : '&ndash;';
  return `<tr>
<td><a href="${escapeHtml(href)}">${escapeHtml(model.title)}</a><br><span class="file">${escapeHtml(file.name)}</span></td>
<td>${model.date ? `<time datetime="${escapeHtml(model.date)}">${escapeHtml(model.date)}</time>` : '&ndash;'}</td>
<td>${severity}</td>
<td>${escapeHtml(model.status)}</td>
<td class="n">${model.sections.length}</td>
<td class="n">${model.timeline.length}</td>
<td class="n">${model.actionItems.length}</td>
<td>${findings}</td>
<td><a href="${escapeHtml(`${href}.md`)}">md</a> &middot; <a href="${escapeHtml(`${href}.json`)}">json</a></td>
</tr>`;
}
