import { useSyncExternalStore } from 'react';
import { parseLocation } from './routes.js';
import type { Route } from './routes.js';

const listeners = new Set<() => void>();
let current: { key: string; route: Route } | null = null;

function snapshot(): Route {
  const key = window.location.pathname + window.location.search;
  if (current?.key !== key) {
    current = { key, route: parseLocation(window.location.pathname, window.location.search) };
  }
  return current.route;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

/** The current route; re-renders when the URL changes. */
export function useRoute(): Route {
  return useSyncExternalStore(subscribe, snapshot);
}

/** Goes to a same-origin URL without reloading the page. */
export function navigate(href: string, options: { replace?: boolean } = {}): void {
  const target = new URL(href, window.location.href);
  if (target.origin !== window.location.origin) {
    window.location.assign(target.href);
    return;
  }
  const path = target.pathname + target.search + target.hash;
  if (options.replace) window.history.replaceState(null, '', path);
  else window.history.pushState(null, '', path);
  for (const listener of listeners) listener();
}
