import { PROFILE_NAMES } from '@hindsight/core/lint';
import type { ProfileName } from '@hindsight/core/lint';
import { useEffect, useId } from 'react';
import type { EditorFinding, EditorLint } from './lint-document.js';

export interface LintPanelProps {
  readonly lint: EditorLint | null;
  readonly profile: ProfileName;
  readonly onProfile: (profile: ProfileName) => void;
  readonly onPick: (finding: EditorFinding) => void;
}

/** The linter's findings on the document being edited, each a button to its place. */
export function LintPanel({ lint, profile, onProfile, onPick }: LintPanelProps) {
  const id = useId();
  const count = lint?.findings.length ?? 0;
  // After the commit: the findings are in the DOM (bench/web-editor.ts reads this mark).
  useEffect(() => {
    if (lint) performance.mark('lint-shown');
  }, [lint]);
  return (
    <section className="card lint-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Checks</h2>
      <div className="field">
        <label htmlFor={`${id}-profile`}>Profile</label>
        <select
          id={`${id}-profile`}
          value={profile}
          onChange={(e) => onProfile(e.target.value as ProfileName)}
        >
          {PROFILE_NAMES.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
      </div>
      <p className="lint-score">
        Score <strong data-testid="lint-score">{lint ? lint.score : '…'}</strong> / 100
      </p>
      <p role="status" aria-live="polite" className="lint-count">
        {lint === null
          ? 'Checking…'
          : count === 0
            ? 'No findings.'
            : `${count} ${count === 1 ? 'finding' : 'findings'}`}
      </p>
      {lint && count > 0 && (
        <ul className="lint-findings">
          {lint.findings.map((f, i) => (
            <li key={`${f.ruleId}-${f.line}-${i}`}>
              <button
                type="button"
                className={`lint-finding lint-${f.severity}`}
                onClick={() => onPick(f)}
              >
                <span className="lint-severity">
                  {f.severity === 'error' ? 'Error' : 'Warning'}
                </span>{' '}
                <span className="lint-message">{f.message}</span>{' '}
                <code className="lint-rule">{f.ruleId}</code>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
