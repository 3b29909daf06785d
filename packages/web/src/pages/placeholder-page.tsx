import { usePageTitle } from '../app/use-page-title.js';

/** A page whose API or UI is not built yet: says so plainly. */
export function PlaceholderPage({ title }: { readonly title: string }) {
  usePageTitle(title);
  return (
    <>
      <div className="page-head">
        <h1>{title}</h1>
      </div>
      <p className="empty-state">
        This page is on its way. Its data is not available in the app yet.
      </p>
    </>
  );
}
