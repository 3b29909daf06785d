import { useId } from 'react';
import type { BlockingFinding } from '../../api/api-error.js';
import { Link } from '../../router/link.js';

export interface PublishControlProps {
  readonly postmortemId: string;
  /** Why the review does not allow publishing yet, or null when it does. */
  readonly blocker: string | null;
  /** The lint errors of the server's last refusal, with its sentence naming the profile. */
  readonly blocked: {
    readonly message: string;
    readonly findings: readonly BlockingFinding[];
  } | null;
  readonly busy: boolean;
  readonly onPublish: () => void;
}

/**
 * Publish, or exactly why not. The review part is known in advance; lint errors of the
 * server's publish profile come with the server's refusal (422 `publish_blocked`), listed with
 * their lines and a link to the editor, where the same rules run as one types.
 */
export function PublishControl({
  postmortemId,
  blocker,
  blocked,
  busy,
  onPublish,
}: PublishControlProps) {
  const reasonId = useId();
  return (
    <div className="publish-control">
      <button
        type="button"
        className="button button-primary button-small"
        aria-disabled={blocker !== null || busy ? true : undefined}
        aria-describedby={blocker ? reasonId : undefined}
        onClick={() => {
          if (blocker === null && !busy) onPublish();
        }}
      >
        Publish
      </button>
      {blocker && (
        <p className="publish-reason" id={reasonId}>
          {blocker}
        </p>
      )}
      {blocked && (
        <div className="alert alert-error" role="alert">
          <strong>Not published: {blocked.message}</strong>
          <ul className="publish-findings">
            {blocked.findings.map((f, i) => (
              <li key={i}>
                <span className="muted">Line {f.line}:</span> {f.message}{' '}
                <code className="rule-id">{f.ruleId}</code>
              </li>
            ))}
          </ul>
          <p>
            <Link to={{ name: 'editPostmortem', id: postmortemId }}>Fix them in the editor</Link>,
            then publish again.
          </p>
        </div>
      )}
    </div>
  );
}
