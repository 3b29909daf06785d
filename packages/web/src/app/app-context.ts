import { createContext, useContext } from 'react';
import type { HindsightApi } from '../api/hindsight-api.js';
import type { Session } from '../api/types.js';

export interface AppState {
  readonly api: HindsightApi;
  readonly session: Session | null;
  /** Records a new session (after sign-in or setup) or its end (null). */
  readonly setSession: (session: Session | null) => void;
}

export const AppContext = createContext<AppState | null>(null);

/** The API and the session, for any component under <App>. */
export function useApp(): AppState {
  const state = useContext(AppContext);
  if (!state) throw new Error('useApp must be used under <App>');
  return state;
}

/** The signed-in session; only for pages that the app shows to signed-in users. */
export function useSession(): Session {
  const { session } = useApp();
  if (!session) throw new Error('useSession needs a signed-in user');
  return session;
}
