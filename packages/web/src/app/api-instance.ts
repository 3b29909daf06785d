import { ApiClient } from '../api/api-client.js';
import { createHindsightApi } from '../api/hindsight-api.js';

let whenUnauthorized: () => void = () => undefined;

/**
 * The app's one API client, made when the entry module loads so that main.tsx can start
 * fetching the first page's data before React renders (see ApiClient.prefetch).
 */
export const apiClient = new ApiClient({ onUnauthorized: () => whenUnauthorized() });
export const api = createHindsightApi(apiClient);

/** What to do when the server says the session is gone (App clears its state). */
export function onUnauthorized(handler: () => void): void {
  whenUnauthorized = handler;
}

const SIGNED_IN_KEY = 'hindsight.signedIn';

/**
 * Remembers (not a secret, only a hint) whether this browser was signed in, so that the boot
 * prefetch is skipped for visitors who would only get a 401 for it.
 */
export function rememberSignedIn(signedIn: boolean): void {
  try {
    if (signedIn) window.localStorage.setItem(SIGNED_IN_KEY, '1');
    else window.localStorage.removeItem(SIGNED_IN_KEY);
  } catch {
    // Storage refused: the prefetch is only skipped.
  }
}

export function probablySignedIn(): boolean {
  try {
    return window.localStorage.getItem(SIGNED_IN_KEY) === '1';
  } catch {
    return false;
  }
}
