import { lazy } from 'react';

// One chunk per page: the first page downloads only its own code (docs/web.md, bundle size).
export const SetupPage = lazy(() =>
  import('../pages/setup-page.js').then((m) => ({ default: m.SetupPage })),
);
export const SignInPage = lazy(() =>
  import('../pages/sign-in-page.js').then((m) => ({ default: m.SignInPage })),
);
export const LibraryPage = lazy(() =>
  import('../pages/library-page.js').then((m) => ({ default: m.LibraryPage })),
);
export const PostmortemPage = lazy(() =>
  import('../pages/postmortem-page.js').then((m) => ({ default: m.PostmortemPage })),
);
export const NewPostmortemPage = lazy(() =>
  import('../pages/new-postmortem-page.js').then((m) => ({ default: m.NewPostmortemPage })),
);
export const PlaceholderPage = lazy(() =>
  import('../pages/placeholder-page.js').then((m) => ({ default: m.PlaceholderPage })),
);
export const NotFoundPage = lazy(() =>
  import('../pages/not-found-page.js').then((m) => ({ default: m.NotFoundPage })),
);
