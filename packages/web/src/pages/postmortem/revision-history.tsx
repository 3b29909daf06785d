import { diffLines, splitLines } from '@hindsight/core/text';
import { useEffect, useState } from 'react';
import { ApiError } from '../../api/api-error.js';
import type { RevisionInfo, StoredPostmortem, StoredRevision } from '../../api/types.js';
import { useApp } from '../../app/app-context.js';
import { ErrorAlert } from '../../components/error-alert.js';

export interface RevisionHistoryProps {
  readonly postmortem: StoredPostmortem;
  readonly canRestore: boolean;
  readonly onRestored: (current: StoredPostmortem) => void;
}

/** Every saved version, newest first; one chosen version's changes against the current one. */
export function RevisionHistory({ postmortem, canRestore, onRestored }: RevisionHistoryProps) {
  const { api } = useApp();
  const [revisions, setRevisions] = useState<readonly RevisionInfo[] | null>(null);
  const [selected, setSelected] = useState<StoredRevision | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const controller = new AbortController();
    api.postmortems
      .revisions(postmortem.id, controller.signal)
      .then((page) => setRevisions(page.items))
      .catch((caught: unknown) => {
        if (!controller.signal.aborted) setError(caught);
      });
    return () => controller.abort();
  }, [api, postmortem.id, postmortem.revision]);

  async function show(n: number) {
    setError(null);
    try {
      setSelected(await api.postmortems.revision(postmortem.id, n));
    } catch (caught) {
      setError(caught);
    }
  }

  async function restore(n: number) {
    setBusy(true);
    setError(null);
    try {
      const current = await api.postmortems.restore(postmortem.id, n, postmortem.revision);
      setSelected(null);
      onRestored(current);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  const conflict = error instanceof ApiError && error.code === 'revision_conflict';
  return (
    <section className="history" aria-labelledby="history-heading">
      <h2 id="history-heading">Revision history</h2>
      {conflict ? (
        <div className="alert alert-error" role="alert">
          <strong>Someone changed this postmortem meanwhile</strong>
          <p>Reload the page to see their version, then restore again if you still want to.</p>
        </div>
      ) : (
        <ErrorAlert error={error} title="The history could not be loaded" />
      )}
      {revisions === null && !error && <p className="loading">Loading revisions…</p>}
      {revisions && (
        <ol className="revision-list" reversed>
          {revisions.map((r) => (
            <li key={r.number}>
              <span>
                <strong>Revision {r.number}</strong> by {r.author},{' '}
                <time dateTime={r.createdAt}>{formatWhen(r.createdAt)}</time>
                {r.summary && <span className="muted"> · {r.summary}</span>}
                {r.number === postmortem.revision && (
                  <span className="badge tone-info">Current</span>
                )}
              </span>
              {r.number !== postmortem.revision && (
                <button
                  type="button"
                  className="button button-small"
                  onClick={() => void show(r.number)}
                >
                  Compare with current
                </button>
              )}
            </li>
          ))}
        </ol>
      )}
      {selected && (
        <div className="diff-view">
          <div className="diff-head">
            <h3>
              Revision {selected.number} → current (revision {postmortem.revision})
            </h3>
            {canRestore && (
              <button
                type="button"
                className="button button-small"
                disabled={busy}
                onClick={() => void restore(selected.number)}
              >
                Restore revision {selected.number}
              </button>
            )}
          </div>
          <DiffBlock before={selected.markdown} after={postmortem.markdown} />
        </div>
      )}
    </section>
  );
}

const DIFF_CLASS = { ' ': 'diff-same', '-': 'diff-removed', '+': 'diff-added' } as const;

function DiffBlock({ before, after }: { readonly before: string; readonly after: string }) {
  const lines = diffLines(splitLines(before), splitLines(after));
  if (lines.every((l) => l.op === ' ')) {
    return <p className="muted">No differences in the text.</p>;
  }
  return (
    <pre
      className="diff"
      tabIndex={0}
      aria-label="Changes: lines starting with a minus were removed, with a plus were added"
    >
      {lines.map((line, i) => (
        <span key={i} className={DIFF_CLASS[line.op]}>
          {line.op} {line.text.endsWith('\n') ? line.text : `${line.text}\n`}
        </span>
      ))}
    </pre>
  );
}

function formatWhen(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString();
}
