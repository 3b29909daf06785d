import { useRef, useState } from 'react';
import type { SyntheticEvent } from 'react';
import { TextAreaField } from '../../components/text-area-field.js';

export interface ReviewDecisionFormProps {
  /** The viewer's decision in this round, if they made one. */
  readonly decided: 'approve' | 'request-changes' | undefined;
  readonly busy: boolean;
  readonly onDecide: (decision: 'approve' | 'request-changes', note: string) => void;
}

/**
 * A requested reviewer approves or asks for changes, with a note for the author. Asking for
 * changes needs the note: an author cannot act on "changes requested" alone.
 */
export function ReviewDecisionForm({ decided, busy, onDecide }: ReviewDecisionFormProps) {
  const [note, setNote] = useState('');
  const [noteMissing, setNoteMissing] = useState(false);
  const field = useRef<HTMLTextAreaElement>(null);

  function decide(event: SyntheticEvent, decision: 'approve' | 'request-changes') {
    event.preventDefault();
    if (decision === 'request-changes' && note.trim() === '') {
      setNoteMissing(true);
      field.current?.focus();
      return;
    }
    setNoteMissing(false);
    onDecide(decision, note.trim());
    setNote('');
  }

  return (
    <form className="review-form" onSubmit={(e) => decide(e, 'approve')} noValidate>
      <h3 className="review-subheading">Your review</h3>
      {decided && (
        <p className="muted">
          You {decided === 'approve' ? 'approved' : 'requested changes'} in this round; you can
          change your mind.
        </p>
      )}
      <TextAreaField
        ref={field}
        label="Note for the author"
        hint="Needed to request changes: say what should change."
        rows={3}
        maxLength={2000}
        value={note}
        error={noteMissing ? 'Say what should change before requesting changes.' : undefined}
        onChange={(e) => setNote(e.target.value)}
      />
      <div className="review-buttons">
        <button type="submit" className="button button-primary button-small" disabled={busy}>
          Approve
        </button>
        <button
          type="button"
          className="button button-small"
          disabled={busy}
          onClick={(e) => decide(e, 'request-changes')}
        >
          Request changes
        </button>
      </div>
    </form>
  );
}
