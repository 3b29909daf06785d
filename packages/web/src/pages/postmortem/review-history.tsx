import type { ReviewEvent } from '../../api/types.js';
import { LocalTime } from '../../components/local-time.js';
import { eventSentence } from './review-wording.js';

/** Who did what in the review, and when (in the reader's zone; UTC in the tooltip), oldest first. */
export function ReviewHistory({ events }: { readonly events: readonly ReviewEvent[] }) {
  if (events.length === 0) return <p className="muted">Nobody has asked for a review yet.</p>;
  return (
    <ol className="review-events">
      {events.map((event) => (
        <li key={event.id}>
          <span className="review-event-line">
            <strong>{eventSentence(event)}</strong>
            <span className="muted">
              <LocalTime iso={event.at} />, revision {event.revision}
            </span>
          </span>
          {/* Plain text: notes are never read as HTML. */}
          {event.note && <p className="review-note">{event.note}</p>}
        </li>
      ))}
    </ol>
  );
}
