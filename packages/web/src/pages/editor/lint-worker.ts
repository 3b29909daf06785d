import type { Postmortem } from '@hindsight/core';
import type { ProfileName } from '@hindsight/core/lint';
import { lintDocument } from './lint-document.js';

/**
 * Lints off the main thread, so typing never waits for the linter (a 5,000-word document
 * takes tens of milliseconds). Requests carry an id; only the newest answer is used.
 */
interface LintRequest {
  readonly id: number;
  readonly model: Postmortem;
  readonly profile: ProfileName;
}

self.onmessage = (event: MessageEvent<LintRequest>) => {
  const { id, model, profile } = event.data;
  try {
    self.postMessage({ id, result: lintDocument(model, profile) });
  } catch (error) {
    self.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
