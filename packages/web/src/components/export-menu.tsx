import { useState } from 'react';
import './export-menu.css';

type Format = 'md' | 'html' | 'pdf';

const FORMATS: readonly { format: Format; label: string; hint: string }[] = [
  { format: 'md', label: 'Markdown', hint: 'the source text, to keep in a repository' },
  { format: 'html', label: 'Web page', hint: 'one HTML file that opens anywhere' },
  { format: 'pdf', label: 'PDF', hint: 'printed by the server' },
];

/** The export endpoint of docs/api.md; GET, so the session cookie is enough (no CSRF token). */
export function exportHref(id: string, format: Format): string {
  return `/api/postmortems/${encodeURIComponent(id)}/export?format=${format}`;
}

/**
 * Download a postmortem as Markdown, a web page or a PDF, or print it. Markdown and HTML are
 * plain download links. The PDF is fetched first, because a server without Chromium answers
 * 501 with a message, which belongs on the page rather than in a downloaded file; the
 * browser's print view (styled by the reading page's print rules) is offered either way.
 */
export function ExportMenu({ id, slug }: { readonly id: string; readonly slug: string }) {
  const [pdf, setPdf] = useState<{ state: 'idle' | 'busy' } | { state: 'failed'; message: string }>(
    { state: 'idle' },
  );

  async function downloadPdf() {
    setPdf({ state: 'busy' });
    try {
      const response = await fetch(exportHref(id, 'pdf'), { credentials: 'same-origin' });
      if (!response.ok) {
        const body = (await response.json().catch(() => null)) as {
          error?: { message?: string };
        } | null;
        throw new Error(body?.error?.message ?? `The server answered ${response.status}.`);
      }
      const url = URL.createObjectURL(await response.blob());
      const link = document.createElement('a');
      link.href = url;
      link.download = `${slug}.pdf`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setPdf({ state: 'idle' });
    } catch (error) {
      setPdf({
        state: 'failed',
        message: error instanceof Error ? error.message : 'The PDF could not be made.',
      });
    }
  }

  return (
    <details className="export-menu">
      <summary className="button button-small">Export</summary>
      <ul>
        {FORMATS.map(({ format, label, hint }) => (
          <li key={format}>
            {format === 'pdf' ? (
              <button
                type="button"
                className="export-item"
                onClick={() => void downloadPdf()}
                disabled={pdf.state === 'busy'}
              >
                {pdf.state === 'busy' ? 'Making the PDF…' : label}
                <span className="export-hint">{hint}</span>
              </button>
            ) : (
              <a
                className="export-item"
                href={exportHref(id, format)}
                download={`${slug}.${format}`}
              >
                {label}
                <span className="export-hint">{hint}</span>
              </a>
            )}
          </li>
        ))}
        <li>
          <button type="button" className="export-item" onClick={() => window.print()}>
            Print
            <span className="export-hint">or save as PDF from the browser</span>
          </button>
        </li>
      </ul>
      {pdf.state === 'failed' && (
        <p className="export-error" role="alert">
          {pdf.message}
        </p>
      )}
    </details>
  );
}
