import { lazy } from 'react';
import type { RouteName } from '../router/routes.js';

// One chunk per page: the first page downloads only its own code (docs/web.md, bundle size).
const importers = {
  setup: () => import('../pages/setup-page.js'),
  signIn: () => import('../pages/sign-in-page.js'),
  library: () => import('../pages/library-page.js'),
  postmortem: () => import('../pages/postmortem-page.js'),
  newPostmortem: () => import('../pages/new-postmortem-page.js'),
  editPostmortem: () => import('../pages/editor/editor-page.js'),
  actionItems: () => import('../pages/action-items-page.js'),
  admin: () => import('../pages/admin-page.js'),
  dashboard: () => import('../pages/dashboard/dashboard-page.js'),
  placeholder: () => import('../pages/placeholder-page.js'),
  notFound: () => import('../pages/not-found-page.js'),
};

export const SetupPage = lazy(() => importers.setup().then((m) => ({ default: m.SetupPage })));
export const SignInPage = lazy(() => importers.signIn().then((m) => ({ default: m.SignInPage })));
export const LibraryPage = lazy(() =>
  importers.library().then((m) => ({ default: m.LibraryPage })),
);
export const PostmortemPage = lazy(() =>
  importers.postmortem().then((m) => ({ default: m.PostmortemPage })),
);
export const NewPostmortemPage = lazy(() =>
  importers.newPostmortem().then((m) => ({ default: m.NewPostmortemPage })),
);
export const EditorPage = lazy(() =>
  importers.editPostmortem().then((m) => ({ default: m.EditorPage })),
);
export const ActionItemsPage = lazy(() =>
  importers.actionItems().then((m) => ({ default: m.ActionItemsPage })),
);
export const AdminPage = lazy(() => importers.admin().then((m) => ({ default: m.AdminPage })));
export const DashboardPage = lazy(() =>
  importers.dashboard().then((m) => ({ default: m.DashboardPage })),
);
export const PlaceholderPage = lazy(() =>
  importers.placeholder().then((m) => ({ default: m.PlaceholderPage })),
);
export const NotFoundPage = lazy(() =>
  importers.notFound().then((m) => ({ default: m.NotFoundPage })),
);

const PRELOAD: Partial<Record<RouteName, () => Promise<unknown>>> = {
  library: importers.library,
  postmortem: importers.postmortem,
  newPostmortem: importers.newPostmortem,
  editPostmortem: importers.editPostmortem,
  actionItems: importers.actionItems,
  dashboard: importers.dashboard,
  signIn: importers.signIn,
  setup: importers.setup,
};

/**
 * Starts fetching the chunk of the page the URL shows while the app still asks who is signed
 * in, so the two requests overlap instead of running one after the other. The module system
 * caches the import, so React.lazy later gets the same module without a second request.
 */
export function preloadPage(name: RouteName): void {
  PRELOAD[name]?.().catch(() => undefined);
}
