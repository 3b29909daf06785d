import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { ErrorAlert } from '../../components/error-alert.js';
import { TextAreaField } from '../../components/text-area-field.js';

export interface CommentFormProps {
  /** The textarea's label: "Comment on “Summary”", "Reply to sam". */
  readonly label: string;
  readonly submitLabel: string;
  /** Sends the text; rejects with the API's error, which the form shows. */
  readonly onSubmit: (body: string) => Promise<void>;
  readonly onCancel: () => void;
}

/** A plain-text comment box that takes focus when it opens; Markdown is kept as typed. */
export function CommentForm({ label, submitLabel, onSubmit, onCancel }: CommentFormProps) {
  const field = useRef<HTMLTextAreaElement>(null);
  const [body, setBody] = useState('');
  const [busy, setBusy] = useState(false);
  const [empty, setEmpty] = useState(false);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    field.current?.focus();
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (body.trim() === '') {
      setEmpty(true);
      field.current?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await onSubmit(body.trim());
    } catch (caught) {
      setError(caught);
      setBusy(false);
    }
  }

  return (
    <form className="comment-form" onSubmit={(e) => void submit(e)} noValidate>
      <ErrorAlert error={error} title="The comment was not saved" />
      <TextAreaField
        ref={field}
        label={label}
        rows={3}
        maxLength={20_000}
        value={body}
        error={empty ? 'Write something first.' : undefined}
        onChange={(e) => {
          setBody(e.target.value);
          if (e.target.value.trim()) setEmpty(false);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape') onCancel();
        }}
      />
      <div className="review-buttons">
        <button type="submit" className="button button-primary button-small" disabled={busy}>
          {submitLabel}
        </button>
        <button type="button" className="button button-small" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
