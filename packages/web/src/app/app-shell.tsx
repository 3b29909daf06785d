import type { ReactNode } from 'react';
import type { Session } from '../api/types.js';
import { Brand } from '../components/brand.js';
import { ThemeToggle } from '../components/theme-toggle.js';
import { UserMenu } from '../components/user-menu.js';
import { Link } from '../router/link.js';
import type { Route, RouteName } from '../router/routes.js';

interface NavItem {
  readonly label: string;
  readonly to: Route;
  /** Route names under this item, for marking it as the current section. */
  readonly section: readonly RouteName[];
  readonly adminOnly?: boolean;
}

const NAV: readonly NavItem[] = [
  {
    label: 'Library',
    to: { name: 'library', query: {} },
    section: ['library', 'postmortem', 'newPostmortem', 'editPostmortem'],
  },
  { label: 'Action items', to: { name: 'actionItems', query: {} }, section: ['actionItems'] },
  { label: 'Dashboard', to: { name: 'dashboard' }, section: ['dashboard'] },
  { label: 'Admin', to: { name: 'admin' }, section: ['admin'], adminOnly: true },
];

export interface AppShellProps {
  readonly route: Route;
  readonly session: Session;
  readonly onSignOut: () => void;
  readonly children: ReactNode;
}

/** The frame of every signed-in page: skip link, header with navigation, and the main area. */
export function AppShell({ route, session, onSignOut, children }: AppShellProps) {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <div className="app-header-inner">
          <Brand />
          <nav className="main-nav" aria-label="Main">
            <ul>
              {NAV.filter((item) => !item.adminOnly || session.role === 'admin').map((item) => (
                <li key={item.label}>
                  <Link
                    to={item.to}
                    aria-current={item.section.includes(route.name) ? 'page' : undefined}
                  >
                    {item.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <div className="header-tools">
            <ThemeToggle />
            <UserMenu session={session} onSignOut={onSignOut} />
          </div>
        </div>
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
