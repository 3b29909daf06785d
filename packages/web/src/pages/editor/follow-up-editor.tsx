import type { FollowUp, Postmortem } from '@hindsight/core';
import { useId } from 'react';
import { compactFields } from './compact-fields.js';
import { TokenInput } from './token-input.js';

const DAY = 86_400_000;
/** The `follow-up-scheduled` rule's default: a review within a month, while details are fresh. */
const MAX_DAYS = 30;

export interface FollowUpEditorProps {
  readonly model: Postmortem;
  readonly onChange: (update: (m: Postmortem) => Postmortem) => void;
}

/** The follow-up review (when, and who attends) and the related incidents. */
export function FollowUpEditor({ model, onChange }: FollowUpEditorProps) {
  const id = useId();
  const followUp = model.followUp;
  const set = (change: Partial<FollowUp>) =>
    onChange((m) => ({ ...m, followUp: compactFields({ ...m.followUp, ...change }) }));
  const problem = reviewProblem(followUp.reviewDate, model.date);
  const hintId = `${id}-date-hint`;
  const errorId = `${id}-date-error`;
  return (
    <section className="card editor-card" aria-labelledby={`${id}-title`} data-field="followUp">
      <h2 id={`${id}-title`}>Follow-up</h2>
      <div className="form-row">
        <div className="field">
          <label htmlFor={`${id}-date`}>Review date</label>
          <span className="field-hint" id={hintId}>
            {`Within ${MAX_DAYS} days of the incident: are the actions done, and did they work?`}
          </span>
          <input
            id={`${id}-date`}
            type="date"
            data-field="followUp.reviewDate"
            min={model.date}
            value={followUp.reviewDate ?? ''}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? `${hintId} ${errorId}` : hintId}
            onChange={(e) => set({ reviewDate: e.target.value || undefined })}
          />
          {problem && (
            <span className="field-error" id={errorId}>
              {problem}
            </span>
          )}
        </div>
        <TokenInput
          label="Attendees"
          field="followUp.attendees"
          values={followUp.attendees}
          onChange={(attendees) => set({ attendees })}
        />
      </div>
      <TokenInput
        label="Related incidents"
        field="related"
        values={model.related}
        onChange={(related) => onChange((m) => ({ ...m, related }))}
        hint="Links to, or slugs of, earlier incidents like this one."
      />
    </section>
  );
}

/** What is wrong with the review date against the incident date, if anything. */
function reviewProblem(review: string | undefined, incident: string | undefined) {
  if (!review || !incident) return undefined;
  const days = Math.round((Date.parse(review) - Date.parse(incident)) / DAY);
  if (Number.isNaN(days)) return undefined;
  if (days <= 0) return `The review must come after the incident (${incident}).`;
  if (days > MAX_DAYS)
    return `That is ${days} days after the incident; hold it within ${MAX_DAYS}.`;
  return undefined;
}
