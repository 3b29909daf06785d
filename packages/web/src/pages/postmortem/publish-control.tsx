import { useId } from 'react';
import type { BlockingFinding } from '../../api/api-error.js';
import { Link } from '../../router/link.js';
import type { PublishChecks } from './use-publish-checks.js';

export interface PublishControlProps {
  readonly postmortemId: string;
  /** Why the review does not allow publishing yet, or null when it does. */
  readonly blocker: string | null;
  /** The publish profile's errors on the current revision, once the server has checked it. */
  readonly checks: PublishChecks | null;
  /** The lint errors of the server's last refusal, with its sentence naming the profile. */
  readonly blocked: {
    readonly message: string;
    readonly findings: readonly BlockingFinding[];
  } | null;
  readonly busy: boolean;
  readonly onPublish: () => void;
}

/**
 * Publish, or exactly why not. The review part is known from its state; the lint errors of
 * the server's publish profile are shown before any click (the server's check of the stored
 * revision), and a refusal (422 `publish_blocked`) replaces them with the server's own list.
 * The button stays pressable for lint errors alone: the server checks the document as it
 * would be stored, with its status and date, and its answer is the one that counts.
 */
export function PublishControl({
  postmortemId,
  blocker,
  checks,
  blocked,
  busy,
  onPublish,
}: PublishControlProps) {
  const reasonId = useId();
  const checksId = useId();
  const errors = blocked === null ? (checks?.errors ?? []) : [];
  const describedBy = [blocker ? reasonId : '', checks && !blocked ? checksId : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div className="publish-control">
      <button
        type="button"
        className="button button-primary button-small"
        aria-disabled={blocker !== null || busy ? true : undefined}
        aria-describedby={describedBy || undefined}
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
      {checks && !blocked && (
        <div className="publish-checks" id={checksId}>
          {errors.length === 0 ? (
            <p className="muted">
              Passes the &ldquo;{checks.profile}&rdquo; checks for publishing.
            </p>
          ) : (
            <>
              <p className="publish-reason">
                {errors.length === 1 ? '1 lint error' : `${errors.length} lint errors`} in the
                &ldquo;{checks.profile}&rdquo; profile will stop publishing:
              </p>
              <FindingList findings={errors} />
              <p>
                <Link to={{ name: 'editPostmortem', id: postmortemId }}>
                  Fix them in the editor
                </Link>
                .
              </p>
            </>
          )}
        </div>
      )}
      {blocked && (
        <div className="alert alert-error" role="alert">
          <strong>Not published: {blocked.message}</strong>
          <FindingList findings={blocked.findings} />
          <p>
            <Link to={{ name: 'editPostmortem', id: postmortemId }}>Fix them in the editor</Link>,
            then publish again.
          </p>
        </div>
      )}
    </div>
  );
}

function FindingList({ findings }: { readonly findings: readonly BlockingFinding[] }) {
  return (
    <ul className="publish-findings">
      {findings.map((f, i) => (
        <li key={i}>
          <span className="muted">Line {f.line}:</span> {f.message}{' '}
          <code className="rule-id">{f.ruleId}</code>
        </li>
      ))}
    </ul>
  );
}
