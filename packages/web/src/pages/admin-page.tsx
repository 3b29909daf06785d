import { useSession } from '../app/app-context.js';
import { usePageTitle } from '../app/use-page-title.js';
import { NotFoundPage } from './not-found-page.js';
import { TeamsPanel } from './admin/teams-panel.js';
import { UsersPanel } from './admin/users-panel.js';
import './admin/admin.css';

/** People and teams, for admins; anyone else gets the page that does not exist. */
export function AdminPage() {
  usePageTitle('Admin');
  const session = useSession();
  if (session.role !== 'admin') return <NotFoundPage />;
  return (
    <>
      <div className="page-head">
        <div>
          <h1>Admin</h1>
          <p className="page-lede">
            Who may sign in, what they may do, and which teams they are in.
          </p>
        </div>
      </div>
      <UsersPanel selfId={session.user.id} />
      <TeamsPanel />
    </>
  );
}
