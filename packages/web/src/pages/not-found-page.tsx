import { usePageTitle } from '../app/use-page-title.js';
import { Link } from '../router/link.js';

export function NotFoundPage() {
  usePageTitle('Not found');
  return (
    <>
      <div className="page-head">
        <h1>Nothing here</h1>
      </div>
      <p>
        This page does not exist, or you may not see it.{' '}
        <Link to={{ name: 'library', query: {} }}>Go to the library</Link>.
      </p>
    </>
  );
}
