import { useEffect, useState } from 'react';
import type { BlockingFinding } from '../../api/api-error.js';
import { useApp } from '../../app/app-context.js';

/** The errors of the publish profile on the revision being read. */
export interface PublishChecks {
  readonly profile: string;
  readonly revision: number;
  readonly errors: readonly BlockingFinding[];
}

/**
 * The stored revision checked by the server against the profile publishing uses (`null`
 * skips it: not an editor, or already published), so that the panel says before any click
 * what would stop publishing. The publish step checks again, on the document as it would be
 * stored; its 422 stays the last word.
 */
export function usePublishChecks(
  postmortemId: string,
  revision: number,
  profile: string | null,
): PublishChecks | null {
  const { api } = useApp();
  const [checks, setChecks] = useState<PublishChecks | null>(null);

  useEffect(() => {
    if (profile === null) return;
    const controller = new AbortController();
    api.postmortems
      .lint(postmortemId, profile, controller.signal)
      .then((result) =>
        setChecks({
          profile: result.profile,
          revision: result.revision,
          errors: result.messages.filter((m) => m.severity === 'error'),
        }),
      )
      // Without the preview the panel is as before: the server still checks on publish.
      .catch(() => undefined);
    return () => controller.abort();
  }, [api, postmortemId, revision, profile]);

  return profile !== null && checks?.revision === revision && checks.profile === profile
    ? checks
    : null;
}
