import { Suspense, useCallback, useEffect, useState } from 'react';
import { ApiError } from '../api/api-error.js';
import type { Session } from '../api/types.js';
import { navigate, useRoute } from '../router/router.js';
import { hrefOf } from '../router/routes.js';
import type { Route } from '../router/routes.js';
import { AppContext } from './app-context.js';
import { api, onUnauthorized, rememberSignedIn } from './api-instance.js';
import { AppShell } from './app-shell.js';
import { focusPageHeading } from './focus-main.js';
import {
  ActionItemsPage,
  AdminPage,
  DashboardPage,
  EditorPage,
  LibraryPage,
  NewPostmortemPage,
  NotFoundPage,
  PostmortemPage,
  SetupPage,
  SignInPage,
} from './lazy-pages.js';

type Boot =
  | { readonly state: 'loading' }
  | { readonly state: 'failed'; readonly message: string }
  | { readonly state: 'ready'; readonly setupNeeded: boolean };

/**
 * The root: finds out who is signed in (and whether the first admin still has to be
 * created), sends people to the page they may see, and renders it in the shell.
 */
export function App() {
  const route = useRoute();
  const [session, setSessionState] = useState<Session | null>(null);
  const [boot, setBoot] = useState<Boot>({ state: 'loading' });

  useEffect(
    () =>
      onUnauthorized(() => {
        rememberSignedIn(false);
        setSessionState(null);
      }),
    [],
  );

  const setSession = useCallback(
    (next: Session | null) => {
      api.client.setCsrfToken(next?.csrfToken ?? null);
      rememberSignedIn(next !== null);
      setSessionState(next);
      if (next) setBoot({ state: 'ready', setupNeeded: false });
    },
    [api],
  );

  useEffect(() => {
    let live = true;
    void (async () => {
      try {
        const me = await api.auth.me();
        if (live) {
          setSession(me);
          setBoot({ state: 'ready', setupNeeded: false });
        }
      } catch (error) {
        if (!live) return;
        if (error instanceof ApiError && error.status === 401) rememberSignedIn(false);
        if (!(error instanceof ApiError) || error.status !== 401) {
          setBoot({ state: 'failed', message: describe(error) });
          return;
        }
        const status = await api.auth.setupStatus().catch(() => ({ needed: false }));
        if (live) setBoot({ state: 'ready', setupNeeded: status.needed });
      }
    })();
    return () => {
      live = false;
    };
  }, [api, setSession]);

  const target = boot.state === 'ready' ? redirectFor(route, session, boot.setupNeeded) : null;
  useEffect(() => {
    if (target) navigate(target, { replace: true });
  }, [target]);

  useEffect(() => {
    if (boot.state === 'ready' && !target) focusPageHeading();
  }, [route, boot.state, target]);

  const signOut = useCallback(async () => {
    await api.auth.signOut().catch(() => undefined);
    setSession(null);
    navigate(hrefOf({ name: 'signIn', next: null }));
  }, [api, setSession]);

  if (boot.state === 'loading' || target) {
    return (
      <p className="boot-message" role="status">
        Loading Hindsight…
      </p>
    );
  }
  if (boot.state === 'failed') {
    return (
      <main className="auth-layout">
        <div className="auth-card" role="alert">
          <h1>Hindsight cannot start</h1>
          <p>{boot.message}</p>
          <button type="button" className="button" onClick={() => window.location.reload()}>
            Try again
          </button>
        </div>
      </main>
    );
  }

  const state = { api, session, setSession };
  const fallback = (
    <p className="loading" role="status">
      Loading…
    </p>
  );
  return (
    <AppContext.Provider value={state}>
      {session ? (
        <AppShell route={route} session={session} onSignOut={() => void signOut()}>
          <Suspense fallback={fallback}>{signedInPage(route)}</Suspense>
        </AppShell>
      ) : (
        <Suspense fallback={fallback}>
          {route.name === 'setup' ? (
            <SetupPage />
          ) : (
            <SignInPage next={route.name === 'signIn' ? route.next : null} />
          )}
        </Suspense>
      )}
    </AppContext.Provider>
  );
}

function signedInPage(route: Route) {
  switch (route.name) {
    case 'library':
      return <LibraryPage query={route.query} />;
    case 'postmortem':
      return <PostmortemPage id={route.id} />;
    case 'newPostmortem':
      return <NewPostmortemPage />;
    case 'editPostmortem':
      return <EditorPage id={route.id} />;
    case 'actionItems':
      return <ActionItemsPage query={route.query} />;
    case 'dashboard':
      return <DashboardPage />;
    case 'admin':
      return <AdminPage />;
    case 'notFound':
    case 'setup':
    case 'signIn':
      return <NotFoundPage />;
  }
}

/** Where to send someone who may not see `route`, or null when they may. */
export function redirectFor(
  route: Route,
  session: Session | null,
  setupNeeded: boolean,
): string | null {
  if (setupNeeded) return route.name === 'setup' ? null : hrefOf({ name: 'setup' });
  if (!session) {
    if (route.name === 'signIn') return null;
    const here = window.location.pathname + window.location.search;
    const next = route.name === 'setup' || here === '/' ? null : here;
    return hrefOf({ name: 'signIn', next });
  }
  if (route.name === 'signIn') return route.next ?? '/';
  if (route.name === 'setup') return '/';
  return null;
}

function describe(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return 'Something unexpected happened while loading the app.';
}
