import { useEffect, useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import type { UserSummary } from '../../api/types.js';
import { useApp } from '../../app/app-context.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { TextAreaField } from '../../components/text-area-field.js';

export interface RequestReviewFormProps {
  /** The reviewers of the latest request, ticked to start with (asking again after changes). */
  readonly current: readonly string[];
  readonly me: string;
  readonly busy: boolean;
  readonly onSubmit: (reviewers: string[], note: string) => void;
  readonly onCancel: () => void;
}

/**
 * Pick reviewers among the active accounts (GET /api/users, which gives editors and admins
 * each account's role). Only those who may review are offered: reviewer or above, as the
 * server's rule says (docs/workflow.md). The requester is never offered: they may not
 * approve their own request.
 */
export function RequestReviewForm({
  current,
  me,
  busy,
  onSubmit,
  onCancel,
}: RequestReviewFormProps) {
  const { api } = useApp();
  const [people, setPeople] = useState<readonly UserSummary[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(() => new Set(current));
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState(false);
  const missingId = useId();
  const firstBox = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const controller = new AbortController();
    api.users
      .directory(controller.signal)
      .then((answer) =>
        setPeople(
          answer.items.filter(
            (u) =>
              u.username.toLowerCase() !== me.toLowerCase() &&
              !('disabled' in u && u.disabled) &&
              u.role !== undefined &&
              u.role !== 'viewer',
          ),
        ),
      )
      .catch((caught: unknown) => {
        if (!controller.signal.aborted) setError(caught);
      });
    return () => controller.abort();
  }, [api, me]);

  useEffect(() => {
    if (people) firstBox.current?.focus();
  }, [people]);

  function toggle(username: string, on: boolean) {
    const next = new Set(chosen);
    if (on) next.add(username);
    else next.delete(username);
    setChosen(next);
    if (next.size > 0) setMissing(false);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (chosen.size === 0) {
      setMissing(true);
      firstBox.current?.focus();
      return;
    }
    onSubmit([...chosen], note.trim());
  }

  return (
    <form className="review-form" onSubmit={submit} noValidate>
      <ErrorAlert error={error} title="The list of people could not be loaded" />
      {people === null && !error && <p className="loading">Loading people…</p>}
      {people && people.length === 0 && (
        <p className="muted">Nobody else can review: an administrator can add reviewers.</p>
      )}
      {people && people.length > 0 && (
        <fieldset className="reviewer-choice" aria-describedby={missing ? missingId : undefined}>
          <legend>Reviewers</legend>
          <ul>
            {people.map((person, i) => (
              <li key={person.id}>
                <label className="check-field">
                  <input
                    ref={i === 0 ? firstBox : undefined}
                    type="checkbox"
                    checked={chosen.has(person.username)}
                    onChange={(e) => toggle(person.username, e.target.checked)}
                  />
                  <span>
                    {person.displayName ?? person.username}
                    {person.displayName && <span className="muted"> ({person.username})</span>}
                  </span>
                </label>
              </li>
            ))}
          </ul>
          {missing && (
            <p className="field-error" id={missingId}>
              Choose at least one reviewer.
            </p>
          )}
        </fieldset>
      )}
      <TextAreaField
        label="Note for the reviewers (optional)"
        rows={2}
        maxLength={2000}
        value={note}
        onChange={(e) => setNote(e.target.value)}
      />
      <div className="review-buttons">
        <button type="submit" className="button button-primary button-small" disabled={busy}>
          Send the request
        </button>
        <button type="button" className="button button-small" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
