import { useEffect, useRef } from 'react';

export interface ConflictPanelProps {
  /** Who saved the other version, and its revision. */
  readonly updatedBy: string;
  readonly revision: number;
  /** A unified diff from their version to mine. */
  readonly diff: string;
  readonly onKeepMine: () => void;
  readonly onTakeTheirs: () => void;
  readonly onCopyAside: () => void;
}

/**
 * Someone saved while this user was editing. Autosave stops; the user sees the difference
 * and chooses. Nothing is lost: the draft stays in localStorage until one choice is saved.
 */
export function ConflictPanel(props: ConflictPanelProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="card conflict-panel" role="alertdialog" aria-labelledby="conflict-title">
      <h2 id="conflict-title" ref={heading} tabIndex={-1}>
        Someone else saved this postmortem
      </h2>
      <p>
        {props.updatedBy} saved revision {props.revision} while you were editing. Your changes are
        kept in this browser until you choose. Lines marked <code>-</code> are theirs, lines marked{' '}
        <code>+</code> are yours.
      </p>
      <pre className="conflict-diff" aria-label="Differences between their version and yours">
        {props.diff || 'No difference in the text.'}
      </pre>
      <div className="conflict-actions">
        <button type="button" className="button button-primary" onClick={props.onKeepMine}>
          Keep mine
        </button>
        <button type="button" className="button" onClick={props.onTakeTheirs}>
          Take theirs
        </button>
        <button type="button" className="button" onClick={props.onCopyAside}>
          Copy mine aside, take theirs
        </button>
      </div>
    </section>
  );
}
