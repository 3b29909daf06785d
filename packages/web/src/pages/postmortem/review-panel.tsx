import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../api/api-error.js';
import type { BlockingFinding } from '../../api/api-error.js';
import type { ReviewResult, ReviewStatus, StoredPostmortem } from '../../api/types.js';
import { useApp, useSession } from '../../app/app-context.js';
import { hasRole } from '../../app/permissions.js';
import { useVisibleRefresh } from '../../app/use-visible-refresh.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { PublishControl } from './publish-control.js';
import { RequestReviewForm } from './request-review-form.js';
import { ReviewDecisionForm } from './review-decision-form.js';
import { ReviewHistory } from './review-history.js';
import { namesList, publishBlocker, REVIEW_STATE_LABELS } from './review-wording.js';
import { usePublishChecks } from './use-publish-checks.js';

export interface ReviewPanelProps {
  readonly postmortem: StoredPostmortem;
  /** Asks the page for the stored postmortem again (a request or a publish wrote a revision). */
  readonly onChanged: () => void;
}

type Step = 'approve' | 'request-changes' | 'publish' | 'unpublish';

const DONE: Record<Step | 'request', string> = {
  request: 'Review requested.',
  approve: 'You approved this postmortem.',
  'request-changes': 'You requested changes.',
  publish: 'Published.',
  unpublish: 'Taken back to review.',
};

/**
 * The review of the postmortem being read (docs/workflow.md): where it stands, each
 * reviewer's decision, what the viewer may do next (request review, approve or request
 * changes, publish or unpublish) and, when they may not, why; then the history of who did what.
 * The server checks every step again; this panel only decides what to offer.
 */
export function ReviewPanel({ postmortem, onChanged }: ReviewPanelProps) {
  const { api } = useApp();
  const session = useSession();
  const [review, setReview] = useState<ReviewStatus | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [blocked, setBlocked] = useState<{
    message: string;
    findings: readonly BlockingFinding[];
  } | null>(null);
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    const controller = new AbortController();
    api.reviews
      .status(postmortem.id, controller.signal)
      .then(setReview)
      .catch((caught: unknown) => {
        if (!controller.signal.aborted) setError(caught);
      });
    return () => controller.abort();
  }, [api, postmortem.id, postmortem.revision]);

  // Decisions by others show without a reload. A failed refresh keeps what is shown, and
  // none runs during a step of ours, whose answer is newer.
  const busyNow = useRef(false);
  useEffect(() => {
    busyNow.current = busy;
  }, [busy]);
  const refresh = useCallback(() => {
    if (busyNow.current) return;
    api.reviews
      .status(postmortem.id)
      .then((answer) => {
        if (!busyNow.current) setReview(answer);
      })
      .catch(() => undefined);
  }, [api, postmortem.id]);
  useVisibleRefresh(refresh);

  async function run(done: keyof typeof DONE, call: () => Promise<ReviewResult>) {
    setBusy(true);
    setError(null);
    setBlocked(null);
    try {
      const result = await call();
      setReview(result.review);
      setAsking(false);
      setAnnouncement(DONE[done]);
      heading.current?.focus();
      if (result.postmortem.revision !== postmortem.revision) onChanged();
    } catch (caught) {
      if (caught instanceof ApiError && caught.code === 'publish_blocked') {
        setBlocked({ message: caught.message, findings: caught.findings });
      } else {
        setError(caught);
        // The postmortem moved on meanwhile: fetch it, so the next try is on its revision.
        if (caught instanceof ApiError && caught.code === 'revision_conflict') onChanged();
      }
    } finally {
      setBusy(false);
    }
  }

  const step = (name: Step, note = '') =>
    run(name, () =>
      api.reviews.step(postmortem.id, name, {
        baseRevision: postmortem.revision,
        ...(note ? { note } : {}),
      }),
    );

  const me = session.user.username.toLowerCase();
  const isEditor = hasRole(session, 'editor');
  const state = review?.state ?? 'none';
  const open = state === 'in-review' || state === 'changes-requested' || state === 'approved';
  const asked = review?.reviewers.some((r) => r.toLowerCase() === me) ?? false;
  const requestedByMe = review?.requestedBy?.toLowerCase() === me;
  const myDecision = review
    ? Object.entries(review.decisions).find(([name]) => name.toLowerCase() === me)?.[1]
    : undefined;
  const conflict = error instanceof ApiError && error.code === 'revision_conflict';
  const checks = usePublishChecks(
    postmortem.id,
    postmortem.revision,
    isEditor && review !== null && state !== 'published' ? review.publishProfile : null,
  );

  return (
    <section className="card side-card review-panel" aria-labelledby="review-heading">
      <h2 id="review-heading" ref={heading} tabIndex={-1}>
        Review
      </h2>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      {conflict ? (
        <div className="alert alert-error" role="alert">
          <strong>Someone changed this postmortem meanwhile</strong>
          <p>The page now shows their version. Try again if it still applies.</p>
        </div>
      ) : (
        <ErrorAlert error={error} title="That review step did not go through" />
      )}
      {review === null && !error && <p className="loading">Loading the review…</p>}
      {review && (
        <>
          <p className="review-state">
            <span className={`badge tone-${REVIEW_STATE_LABELS[state].tone}`}>
              <span className="visually-hidden">Review status: </span>
              {REVIEW_STATE_LABELS[state].label}
            </span>
            {review.requestedBy && open && (
              <span className="muted"> asked by {review.requestedBy}</span>
            )}
          </p>
          {review.reviewers.length > 0 && (
            <ul className="reviewer-list" aria-label="Reviewers of the latest request">
              {review.reviewers.map((name) => {
                const decision = review.decisions[name];
                return (
                  <li key={name}>
                    <span>{name}</span>
                    <span className={decision ? `decision-${decision}` : 'muted'}>
                      {decision === 'approve'
                        ? 'Approved'
                        : decision === 'request-changes'
                          ? 'Requested changes'
                          : 'Not yet reviewed'}
                    </span>
                  </li>
                );
              })}
            </ul>
          )}

          {open && asked && !requestedByMe && hasRole(session, 'reviewer') && (
            <ReviewDecisionForm
              decided={myDecision}
              busy={busy}
              onDecide={(decision, note) => void step(decision, note)}
            />
          )}
          {open && asked && requestedByMe && (
            <p className="muted">You asked for this review, so someone else approves it.</p>
          )}
          {!isEditor && !(open && asked) && (
            <p className="muted role-note">
              {open && hasRole(session, 'reviewer')
                ? `You are not among the reviewers asked (${namesList([...review.reviewers])}). `
                : ''}
              Only editors request reviews and publish, and only the reviewers they name approve.
              Anyone who can read it can comment on its sections.
            </p>
          )}

          {isEditor && state !== 'published' && (
            <div className="review-actions">
              {asking ? (
                <RequestReviewForm
                  current={review.reviewers}
                  me={session.user.username}
                  busy={busy}
                  onCancel={() => setAsking(false)}
                  onSubmit={(reviewers, note) =>
                    void run('request', () =>
                      api.reviews.request(postmortem.id, {
                        baseRevision: postmortem.revision,
                        reviewers,
                        ...(note ? { note } : {}),
                      }),
                    )
                  }
                />
              ) : (
                <button
                  type="button"
                  className="button button-small"
                  onClick={() => setAsking(true)}
                >
                  {state === 'none' ? 'Request review' : 'Request review again'}
                </button>
              )}
              <PublishControl
                postmortemId={postmortem.id}
                blocker={publishBlocker(review)}
                checks={checks}
                blocked={blocked}
                busy={busy}
                onPublish={() => void step('publish')}
              />
            </div>
          )}
          {isEditor && state === 'published' && (
            <button
              type="button"
              className="button button-small"
              disabled={busy}
              onClick={() => void step('unpublish')}
            >
              Unpublish
            </button>
          )}

          <h3 className="review-subheading">History</h3>
          <ReviewHistory events={review.events} />
        </>
      )}
    </section>
  );
}
